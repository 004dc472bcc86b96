package com.salesplatform.performance.team.api;

import org.axonframework.serialization.Revision;

/** Published as TeamCreated v1 (contracts/events/performance): these fields are the published payload. */
@Revision("1")
public record TeamCreatedEvent(String teamId, String name, String managerRepId) {
}
