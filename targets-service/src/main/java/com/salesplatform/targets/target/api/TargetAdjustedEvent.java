package com.salesplatform.targets.target.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

@Revision("1")
public record TargetAdjustedEvent(
        String targetId,
        BigDecimal previousAmount,
        BigDecimal amount,
        String reason,
        String riskId) {
}
