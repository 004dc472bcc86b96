package com.salesplatform.targets.risk.api;

public record FindRiskQuery(String riskId) {
}
