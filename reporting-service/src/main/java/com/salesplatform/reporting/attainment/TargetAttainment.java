package com.salesplatform.reporting.attainment;

import java.math.BigDecimal;
import java.time.Instant;

/** One target's attainment: its amount, the actual so far and the percentage reached. */
public record TargetAttainment(
        String targetId,
        String scope,
        String ownerId,
        String period,
        String metric,
        BigDecimal target,
        String currency,
        BigDecimal actual,
        BigDecimal attainmentPercent,
        String status,
        Instant timeBound) {
}
