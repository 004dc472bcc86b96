package com.salesplatform.customers.customer.query;

import com.salesplatform.customers.customer.api.CommunicationType;
import java.time.Instant;

/** A logged visit, call, e-mail or meeting; its texts are null once the customer's personal data is erased. */
public record CommunicationView(String id, String customerId, String ownerRepId, CommunicationType type,
                                Instant occurredAt, String summary, String outcome, String nextStep,
                                Instant loggedAt) {
}
