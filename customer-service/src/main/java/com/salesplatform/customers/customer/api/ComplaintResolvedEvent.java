package com.salesplatform.customers.customer.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A complaint was resolved; {@code resolutionSeconds} is how long it was open. */
@Revision("1")
public record ComplaintResolvedEvent(String customerId, String complaintId, String ownerRepId, String resolution,
                                     Instant openedAt, Instant resolvedAt, long resolutionSeconds) {
}
