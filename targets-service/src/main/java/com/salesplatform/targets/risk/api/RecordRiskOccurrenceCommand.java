package com.salesplatform.targets.risk.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordRiskOccurrenceCommand(@TargetAggregateIdentifier String riskId, String description) {
}
