package com.salesplatform.performance.appraisal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gathers the facts again and rescores, until the manager's review. */
public record RefreshAppraisalFactsCommand(@TargetAggregateIdentifier String appraisalId) {
}
