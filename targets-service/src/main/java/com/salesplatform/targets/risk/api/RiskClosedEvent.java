package com.salesplatform.targets.risk.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RiskClosedEvent(String riskId, String resolution) {
}
