package com.salesplatform.performance.appraisal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The rep accepts the reviewed appraisal. */
public record AcknowledgeAppraisalCommand(@TargetAggregateIdentifier String appraisalId) {
}
