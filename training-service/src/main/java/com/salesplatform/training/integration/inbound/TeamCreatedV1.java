package com.salesplatform.training.integration.inbound;

/** This service's reading of performance-service's TeamCreated v1 (contracts/events/performance). */
public record TeamCreatedV1(String teamId, String name, String managerRepId) {
}
