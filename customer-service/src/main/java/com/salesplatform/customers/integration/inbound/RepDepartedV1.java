package com.salesplatform.customers.integration.inbound;

/** This service's reading of performance-service's RepDeparted v1: who left. */
public record RepDepartedV1(String repId) {
}
