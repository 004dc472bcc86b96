package com.salesplatform.targets.risk.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RiskMitigationPlannedEvent(String riskId, String mitigationPlan, String contingencyPlan) {
}
