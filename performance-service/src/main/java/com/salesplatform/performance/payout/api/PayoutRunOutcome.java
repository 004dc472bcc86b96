package com.salesplatform.performance.payout.api;

/** What running a period's payouts did: the first run, or a re-run that came out identical (or not). */
public enum PayoutRunOutcome {
    FIRST_RUN, RERUN_IDENTICAL, RERUN_DIFFERENT
}
