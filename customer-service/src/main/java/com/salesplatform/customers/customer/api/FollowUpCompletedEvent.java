package com.salesplatform.customers.customer.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A follow-up was done; {@code onTime} when completed by its due time. */
@Revision("1")
public record FollowUpCompletedEvent(String customerId, String followUpId, String ownerRepId, String outcome,
                                     Integer satisfactionScore, Instant completedAt, boolean onTime) {
}
