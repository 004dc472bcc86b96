package com.salesplatform.customers.customer.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A follow-up passed its due time uncompleted (emitted by the service's own deadline). */
@Revision("1")
public record FollowUpOverdueEvent(String customerId, String followUpId, String ownerRepId, Instant dueAt) {
}
