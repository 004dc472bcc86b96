package com.salesplatform.targets.target.api;

import java.math.BigDecimal;

/**
 * Sets a new target with its SMART fields; {@code measurable} is metric + amount, {@code timeBound} the period.
 * {@code importedBy}: the ADMIN importing the target of a past period (history); null for an ordinary one.
 */
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
        String incentivePlanId,
        String importedBy) {

    /** An ordinary target, for a current or future period. */
    public SetTargetCommand(String targetId, TargetScope scope, String ownerId, String period, TargetMetric metric,
                            BigDecimal amount, String currency, String specific, String achievable, String relevant,
                            String incentivePlanId) {
        this(targetId, scope, ownerId, period, metric, amount, currency, specific, achievable, relevant,
                incentivePlanId, null);
    }
}
