package com.salesplatform.targets.target.api;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Brings an allocated target to its share of the parent's current allocation (nothing when it already is). */
public record ReallocateShareCommand(@TargetAggregateIdentifier String targetId, String parentTargetId,
                                     BigDecimal amount) {
}
