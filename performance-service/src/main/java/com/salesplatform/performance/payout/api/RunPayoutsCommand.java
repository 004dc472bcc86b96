package com.salesplatform.performance.payout.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Runs a period's payouts: the first time from what is known now (the run's cutoff); again, recomputes them from
 * the same cutoff and answers whether they came out identical. Answers a {@link PayoutRunOutcome}.
 */
public record RunPayoutsCommand(@TargetAggregateIdentifier String runId, String period) {
}
