package com.salesplatform.performance.appraisal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The rep contests the review with a reason; the appraisal goes back to the manager. */
public record AppealAppraisalCommand(@TargetAggregateIdentifier String appraisalId, String reason) {
}
