package com.salesplatform.targets.target.api;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Splits a target into its quarters or months; {@code weights} (summing to 1) or, when null, equal parts. */
public record DecomposeTargetCommand(
        @TargetAggregateIdentifier String targetId,
        Granularity granularity,
        List<BigDecimal> weights) {
}
