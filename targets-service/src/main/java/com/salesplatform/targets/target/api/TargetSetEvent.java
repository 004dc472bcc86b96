package com.salesplatform.targets.target.api;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * {@code incentivePlanId}: the plan that rewards the target, inherited by its parts and allocated targets.
 * {@code importedBy}: the ADMIN who recorded it as history of a past period (an import), inherited like the
 * plan; null for a target set for a current or future period.
 */
@Revision("1")
public record TargetSetEvent(
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
        Instant timeBound,
        String parentTargetId,
        String incentivePlanId,
        String importedBy) {

    /** A target set in the ordinary way, not imported. */
    public TargetSetEvent(String targetId, TargetScope scope, String ownerId, String period, TargetMetric metric,
                          BigDecimal amount, String currency, String specific, String achievable, String relevant,
                          Instant timeBound, String parentTargetId, String incentivePlanId) {
        this(targetId, scope, ownerId, period, metric, amount, currency, specific, achievable, relevant, timeBound,
                parentTargetId, incentivePlanId, null);
    }
}
