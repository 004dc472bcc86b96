package com.salesplatform.customers.customer.api;

import com.salesplatform.platform.access.CallerScope;
import java.time.Instant;

/**
 * Follow-ups of one customer ({@code customerId}) or, without it, of every customer the caller may see (the work
 * list), optionally of one owner rep; {@code due} TODAY means due in [{@code todayStart}, {@code todayEnd}), OVERDUE
 * due before {@code now} and still open. Sorted by due time.
 */
public record FindFollowUpsQuery(String customerId, String followUpId, CallerScope visibility,
                                 String ownerRepId, FollowUpStatus status, FollowUpDueFilter due, Instant now,
                                 Instant todayStart, Instant todayEnd, int limit, long offset) {
}
