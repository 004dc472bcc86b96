package com.salesplatform.targets.target.api;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A target was split into child targets, one per part; each child is then set by its own TargetSet. */
@Revision("1")
public record TargetDecomposedEvent(
        String targetId,
        Granularity granularity,
        List<BigDecimal> weights,
        List<Part> parts) {

    public record Part(String targetId, String period, BigDecimal amount) {
    }
}
