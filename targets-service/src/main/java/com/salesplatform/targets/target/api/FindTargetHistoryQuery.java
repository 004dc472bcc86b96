package com.salesplatform.targets.target.api;

/** Every stored event of a target, oldest first. */
public record FindTargetHistoryQuery(String targetId) {
}
