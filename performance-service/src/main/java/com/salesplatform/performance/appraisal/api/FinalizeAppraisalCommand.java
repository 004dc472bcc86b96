package com.salesplatform.performance.appraisal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Freezes an acknowledged appraisal. */
public record FinalizeAppraisalCommand(@TargetAggregateIdentifier String appraisalId) {
}
