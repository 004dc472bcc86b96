package com.salesplatform.targets.target.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ActivateTargetCommand(@TargetAggregateIdentifier String targetId) {
}
