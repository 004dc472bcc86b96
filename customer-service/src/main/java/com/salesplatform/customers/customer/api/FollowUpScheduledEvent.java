package com.salesplatform.customers.customer.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A follow-up was planned. Revision 2: its purpose (a free text) is sealed; revision 1 stored it in clear. */
@Revision("2")
public record FollowUpScheduledEvent(String customerId, String followUpId, String ownerRepId, Instant dueAt,
                                     String purpose) {
}
