package com.salesplatform.customers.customer.api;

import org.axonframework.serialization.Revision;

/** A contact person was added (sealed). */
@Revision("1")
public record ContactAddedEvent(String customerId, SealedContact contact) {
}
