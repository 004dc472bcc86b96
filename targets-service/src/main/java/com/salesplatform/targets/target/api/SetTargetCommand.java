package com.salesplatform.targets.target.api;

import java.math.BigDecimal;

/** Sets a new target with its SMART fields; {@code measurable} is metric + amount, {@code timeBound} the period. */
public record SetTargetCommand(
        String targetId,
        TargetScope scope,
        String ownerId,
        String period,
        TargetMetric metric,
        BigDecimal amount,
        String currency,
        String specific,
        String achievable,
        String relevant,
        String incentivePlanId) {
}
