package com.salesplatform.targets.target.api;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes a target's amount for a stated reason, optionally naming the risk that caused it. */
public record AdjustTargetCommand(
        @TargetAggregateIdentifier String targetId,
        BigDecimal amount,
        String reason,
        String riskId) {
}
