package com.salesplatform.targets.risk.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseRiskCommand(@TargetAggregateIdentifier String riskId, String resolution) {
}
