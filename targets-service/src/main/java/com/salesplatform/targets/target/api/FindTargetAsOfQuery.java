package com.salesplatform.targets.target.api;

import java.time.Instant;

/** A target, its children and its allocation as they were at {@code asOf}, rebuilt from the event store. */
public record FindTargetAsOfQuery(String targetId, Instant asOf) {
}
