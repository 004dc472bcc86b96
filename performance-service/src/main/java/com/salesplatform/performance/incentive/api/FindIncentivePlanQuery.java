package com.salesplatform.performance.incentive.api;

public record FindIncentivePlanQuery(String planId) {
}
