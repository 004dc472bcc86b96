package com.salesplatform.targets.target.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record TargetActivatedEvent(String targetId) {
}
