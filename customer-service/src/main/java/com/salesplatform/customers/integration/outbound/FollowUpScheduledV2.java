package com.salesplatform.customers.integration.outbound;

import com.salesplatform.customers.customer.api.FollowUpScheduledEvent;
import java.time.Instant;

/** The published FollowUpScheduled v2: when and by whom; its purpose (a free text, in v1) stays inside. */
public record FollowUpScheduledV2(String customerId, String followUpId, String ownerRepId, Instant dueAt) {

    static FollowUpScheduledV2 of(FollowUpScheduledEvent event) {
        return new FollowUpScheduledV2(event.customerId(), event.followUpId(), event.ownerRepId(), event.dueAt());
    }
}
