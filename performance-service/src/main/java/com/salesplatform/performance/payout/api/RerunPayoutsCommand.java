package com.salesplatform.performance.payout.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Recomputes a run from what was known at its cutoff; answers whether the result is identical. */
public record RerunPayoutsCommand(@TargetAggregateIdentifier String runId) {
}
