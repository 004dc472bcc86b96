package com.salesplatform.customers.customer.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A complaint was resolved; {@code resolutionSeconds} is how long it was open. Revision 2: the resolution (a free
 * text) is sealed; revision 1 stored it in clear.
 */
@Revision("2")
public record ComplaintResolvedEvent(String customerId, String complaintId, String ownerRepId, String resolution,
                                     Instant openedAt, Instant resolvedAt, long resolutionSeconds) {
}
