package com.salesplatform.customers.customer.api;

import org.axonframework.serialization.Revision;

/** The customer has a new owner rep. */
@Revision("1")
public record CustomerReassignedEvent(String customerId, String previousOwnerRepId, String ownerRepId) {
}
