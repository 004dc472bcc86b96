package com.salesplatform.performance.payout.api;

/** Computes every rep's payout for a period from what is known now (the run's cutoff). */
public record RunPayoutsCommand(String runId, String period) {
}
