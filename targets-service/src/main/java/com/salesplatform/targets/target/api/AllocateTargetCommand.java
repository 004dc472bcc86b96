package com.salesplatform.targets.target.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Allocates a target to teams or reps of the same period, replacing any previous allocation. */
public record AllocateTargetCommand(@TargetAggregateIdentifier String targetId, List<Allocation> allocations) {
}
