package com.salesplatform.targets.integration.inbound;

/**
 * This service's reading of performance-service's RepTransferred v1 (contracts/events/performance): only the fields it
 * uses.
 */
public record RepTransferredV1(String repId, String toTeamId) {
}
