package com.salesplatform.reporting.integration.inbound;

/** This service's reading of performance-service's RepTransferred v1. */
public record RepTransferredV1(String repId, String toTeamId) {
}
