package com.salesplatform.targets.risk.api;

import java.util.List;

/** Registers a risk; likelihood and impact (together) and the plans (together, after them) may come at once. */
public record IdentifyRiskCommand(
        String riskId,
        RiskCategory category,
        String description,
        Integer likelihood,
        Integer impact,
        String ownerRepId,
        String mitigationPlan,
        String contingencyPlan,
        List<String> targetIds,
        List<String> customerIds) {
}
