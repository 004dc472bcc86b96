package com.salesplatform.orders.integration.inbound;

/** This service's reading of performance-service's RepTransferred v1 (contracts/events/performance). */
public record RepTransferredV1(String repId, String toTeamId) {
}
