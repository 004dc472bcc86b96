package com.salesplatform.performance.payout.web;

/** The answer to running a period's payouts again: the run, and whether recomputing it gave the same payouts. */
public record RerunAnswer(String id, String period, boolean identical) {
}
