package com.salesplatform.orders.integration.inbound;

/**
 * This service's reading of customer-service's CustomerReassigned v1: the customer's new owner rep; only the fields
 * it uses.
 */
public record CustomerReassignedV1(String customerId, String ownerRepId) {
}
