package com.salesplatform.targets.target.api;

/** What a target is decomposed into: its quarters or its months. */
public enum Granularity {
    QUARTER, MONTH
}
