package com.salesplatform.performance.rep.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Raises a rep's grade to {@code toGrade} (at most 6). */
public record PromoteRepCommand(@TargetAggregateIdentifier String repId, int toGrade) {
}
