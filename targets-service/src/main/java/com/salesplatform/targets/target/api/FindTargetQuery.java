package com.salesplatform.targets.target.api;

public record FindTargetQuery(String targetId) {
}
