package com.salesplatform.performance.payout.api;

/** Every payout of one run. */
public record FindPayoutRunQuery(String runId) {
}
