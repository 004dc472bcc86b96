package com.salesplatform.customers.customer.query;

import com.salesplatform.customers.customer.api.FollowUpStatus;
import java.time.Instant;

/** A follow-up: OPEN (overdue once its due time passed) or DONE, with its outcome and whether it was on time. */
public record FollowUpView(String id, String customerId, String customerName, String ownerRepId, Instant dueAt,
                           String purpose, FollowUpStatus status, boolean overdue, Instant completedAt,
                           String outcome, Boolean onTime, Integer satisfactionScore) {
}
