package com.salesplatform.customers.customer.api;

import org.axonframework.serialization.Revision;

/** The customer or lead was lost. */
@Revision("1")
public record CustomerLostEvent(String customerId, String ownerRepId, CustomerStatus previousStatus, String reason) {
}
