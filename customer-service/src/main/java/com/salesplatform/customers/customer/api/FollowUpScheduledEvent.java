package com.salesplatform.customers.customer.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A follow-up was planned. */
@Revision("1")
public record FollowUpScheduledEvent(String customerId, String followUpId, String ownerRepId, Instant dueAt,
                                     String purpose) {
}
