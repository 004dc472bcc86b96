package com.salesplatform.customers.customer.query;

import com.salesplatform.customers.customer.api.ComplaintStatus;
import java.time.Instant;

/** A complaint, OPEN or RESOLVED; a resolved one says how long it took ({@code resolutionSeconds}). */
public record ComplaintView(String id, String customerId, String ownerRepId, String subject, String description,
                            ComplaintStatus status, Instant openedAt, Instant resolvedAt, String resolution,
                            Long resolutionSeconds) {
}
