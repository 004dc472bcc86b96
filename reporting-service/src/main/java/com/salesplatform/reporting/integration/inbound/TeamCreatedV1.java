package com.salesplatform.reporting.integration.inbound;

/** This service's reading of performance-service's TeamCreated v1. */
public record TeamCreatedV1(String teamId, String name, String managerRepId) {
}
