package com.salesplatform.customers.customer.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A conversation with the customer was recorded. Revision 2: summary, outcome and next step (free texts that may name
 * people) are sealed with the customer's key; revision 1 stored them in clear.
 */
@Revision("2")
public record CommunicationLoggedEvent(String customerId, String communicationId, String ownerRepId,
                                       CommunicationType type, Instant occurredAt, String summary, String outcome,
                                       String nextStep) {
}
