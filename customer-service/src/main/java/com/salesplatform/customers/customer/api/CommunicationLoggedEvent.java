package com.salesplatform.customers.customer.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A conversation with the customer was recorded. */
@Revision("1")
public record CommunicationLoggedEvent(String customerId, String communicationId, String ownerRepId,
                                       CommunicationType type, Instant occurredAt, String summary, String outcome,
                                       String nextStep) {
}
