package com.salesplatform.customers.integration.inbound;

/** This service's reading of performance-service's RepTransferred v1: the rep and their new team. */
public record RepTransferredV1(String repId, String toTeamId) {
}
