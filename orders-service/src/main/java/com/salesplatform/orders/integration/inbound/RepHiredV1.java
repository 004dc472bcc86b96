package com.salesplatform.orders.integration.inbound;

/**
 * This service's reading of performance-service's RepHired v1 (contracts/events/performance); only the fields it
 * uses.
 */
public record RepHiredV1(String repId, String teamId) {
}
