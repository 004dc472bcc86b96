package com.salesplatform.customers.customer.query;

import java.util.List;

/** {@code GET /api/customers/{id}/history}: every event, oldest first. */
public record CustomerHistory(String customerId, List<CustomerHistoryEntry> events) {
}
