package com.salesplatform.training.integration.inbound;

/** This service's reading of performance-service's RepHired v1: only the fields it uses. */
public record RepHiredV1(String repId, String name, String teamId) {
}
