package com.salesplatform.targets.target.api;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** {@code incentivePlanId}: the plan that rewards the target, inherited by its parts and allocated targets. */
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
        String incentivePlanId) {
}
