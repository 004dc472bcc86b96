package com.salesplatform.reporting.salesreport.api;

public enum PeriodType {
    WEEKLY, MONTHLY
}
