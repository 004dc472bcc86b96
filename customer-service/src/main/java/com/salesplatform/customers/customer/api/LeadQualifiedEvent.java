package com.salesplatform.customers.customer.api;

import org.axonframework.serialization.Revision;

/** The lead was qualified. */
@Revision("1")
public record LeadQualifiedEvent(String customerId, String ownerRepId) {
}
