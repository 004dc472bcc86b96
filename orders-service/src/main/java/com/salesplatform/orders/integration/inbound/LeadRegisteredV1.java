package com.salesplatform.orders.integration.inbound;

/**
 * This service's reading of customer-service's LeadRegistered v1 and v2 (which differ only in a B2C customer's
 * name): the new customer and its owner rep (absent while unassigned); only the fields it uses.
 */
public record LeadRegisteredV1(String customerId, String ownerRepId) {
}
