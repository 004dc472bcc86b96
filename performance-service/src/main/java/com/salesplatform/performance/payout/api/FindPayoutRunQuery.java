package com.salesplatform.performance.payout.api;

/** One payout run: its period, cutoff, how many it pays and their sum (not its payouts: see FindPayoutsQuery). */
public record FindPayoutRunQuery(String runId) {
}
