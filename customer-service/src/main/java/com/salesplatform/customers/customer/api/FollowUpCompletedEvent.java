package com.salesplatform.customers.customer.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A follow-up was done; {@code onTime} when completed by its due time. Revision 2: its outcome (a free text) is
 * sealed; revision 1 stored it in clear.
 */
@Revision("2")
public record FollowUpCompletedEvent(String customerId, String followUpId, String ownerRepId, String outcome,
                                     Integer satisfactionScore, Instant completedAt, boolean onTime) {
}
