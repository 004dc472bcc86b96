package com.salesplatform.customers.integration.outbound;

import com.salesplatform.customers.customer.api.SatisfactionRecordedEvent;

/** The published SatisfactionRecorded v2: the score; its comment (a free text, in v1) stays inside. */
public record SatisfactionRecordedV2(String customerId, String ownerRepId, int score, String followUpId) {

    static SatisfactionRecordedV2 of(SatisfactionRecordedEvent event) {
        return new SatisfactionRecordedV2(event.customerId(), event.ownerRepId(), event.score(), event.followUpId());
    }
}
