package com.salesplatform.targets.integration.inbound;

import java.math.BigDecimal;
import java.time.Instant;

/** This service's reading of reporting-service's AttainmentMeasured v1 (contracts/events/reports). */
public record AttainmentMeasuredV1(String targetId, BigDecimal target, BigDecimal actual, BigDecimal attainmentPercent,
                                   BigDecimal runRateForecast, BigDecimal forecastPercent, String outlook,
                                   Instant measuredAt) {
}
