package com.salesplatform.customers.customer.api;

/** A customer's communications, newest first; with {@code communicationId}, only that one. */
public record FindCommunicationsQuery(String customerId, String communicationId, int limit, long offset) {
}
