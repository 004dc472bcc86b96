package com.salesplatform.customers.customer.api;

import org.axonframework.serialization.Revision;

/** The active customer became dormant. */
@Revision("1")
public record CustomerMarkedDormantEvent(String customerId, String ownerRepId, String reason) {
}
