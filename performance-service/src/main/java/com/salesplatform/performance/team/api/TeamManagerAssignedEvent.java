package com.salesplatform.performance.team.api;

import org.axonframework.serialization.Revision;

/** Published as TeamManagerAssigned v1 (contracts/events/performance): these fields are the published payload. */
@Revision("1")
public record TeamManagerAssignedEvent(String teamId, String managerRepId, String previousManagerRepId) {
}
