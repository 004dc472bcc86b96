package com.salesplatform.targets.target.query;

import com.salesplatform.targets.target.api.TargetMetric;
import com.salesplatform.targets.target.api.TargetScope;
import com.salesplatform.targets.target.api.TargetStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A target as the API shows it, with its direct children. */
public record TargetView(
        String id,
        TargetScope scope,
        String ownerId,
        String period,
        TargetMetric metric,
        BigDecimal amount,
        String currency,
        TargetStatus status,
        boolean balanced,
        String parentTargetId,
        String specific,
        String achievable,
        String relevant,
        Instant timeBound,
        List<Child> children) {

    public record Child(String id, TargetScope scope, String ownerId, String period, BigDecimal amount) {
    }
}
