package com.salesplatform.targets.risk.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AssessRiskCommand(@TargetAggregateIdentifier String riskId, Integer likelihood, Integer impact) {
}
