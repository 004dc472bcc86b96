package com.salesplatform.targets.integration.inbound;

/** This service's reading of performance-service's RepDeparted v1 (contracts/events/performance): only the rep id. */
public record RepDepartedV1(String repId) {
}
