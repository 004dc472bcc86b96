package com.salesplatform.customers.integration.outbound;

import com.salesplatform.customers.customer.api.FollowUpCompletedEvent;
import java.time.Instant;

/**
 * The published FollowUpCompleted v2: when, whether on time, the score; its outcome (a free text, in v1) stays
 * inside.
 */
public record FollowUpCompletedV2(String customerId, String followUpId, String ownerRepId, Integer satisfactionScore,
                                  Instant completedAt, boolean onTime) {

    static FollowUpCompletedV2 of(FollowUpCompletedEvent event) {
        return new FollowUpCompletedV2(event.customerId(), event.followUpId(), event.ownerRepId(),
                event.satisfactionScore(), event.completedAt(), event.onTime());
    }
}
