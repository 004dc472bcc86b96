package com.salesplatform.targets.risk.api;

import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record RiskIdentifiedEvent(
        String riskId,
        RiskCategory category,
        String description,
        String ownerRepId,
        List<String> targetIds,
        List<String> customerIds) {
}
