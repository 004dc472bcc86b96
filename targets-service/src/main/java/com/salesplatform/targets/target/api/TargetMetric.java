package com.salesplatform.targets.target.api;

public enum TargetMetric {
    /** Booked revenue, money with two decimals. */
    REVENUE,
    ORDER_COUNT,
    NEW_CUSTOMERS,
    VISITS;

    public boolean isMoney() {
        return this == REVENUE;
    }
}
