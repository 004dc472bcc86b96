package com.salesplatform.targets.risk.query;

import com.salesplatform.targets.risk.api.RiskCategory;
import com.salesplatform.targets.risk.api.RiskStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A risk of the register, with the target adjustments that named it. */
public record RiskView(
        String id,
        RiskCategory category,
        String description,
        String ownerRepId,
        Integer likelihood,
        Integer impact,
        Integer score,
        String mitigationPlan,
        String contingencyPlan,
        RiskStatus status,
        String occurrence,
        String resolution,
        List<String> targetIds,
        List<String> customerIds,
        Instant identifiedAt,
        List<TargetAdjustment> adjustments) {

    public record TargetAdjustment(String targetId, BigDecimal previousAmount, BigDecimal amount, String reason,
                                   Instant adjustedAt) {
    }
}
