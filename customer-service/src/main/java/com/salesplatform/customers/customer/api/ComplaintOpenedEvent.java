package com.salesplatform.customers.customer.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The customer complained. */
@Revision("1")
public record ComplaintOpenedEvent(String customerId, String complaintId, String ownerRepId, String subject,
                                   String description, Instant openedAt) {
}
