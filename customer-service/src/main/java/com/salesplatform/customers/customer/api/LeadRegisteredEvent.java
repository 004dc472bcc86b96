package com.salesplatform.customers.customer.api;

import org.axonframework.serialization.Revision;

/** A lead was registered; its first contact person, if any, is sealed. */
@Revision("1")
public record LeadRegisteredEvent(String customerId, String name, CustomerType type, String industry, String region,
                                  LeadChannel channel, String ownerRepId, SealedContact contact) {
}
