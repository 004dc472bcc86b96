package com.salesplatform.customers.customer.api;

import org.axonframework.serialization.Revision;

/** The qualified lead became an active customer. */
@Revision("1")
public record CustomerConvertedEvent(String customerId, String ownerRepId) {
}
