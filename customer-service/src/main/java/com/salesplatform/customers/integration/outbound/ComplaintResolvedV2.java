package com.salesplatform.customers.integration.outbound;

import com.salesplatform.customers.customer.api.ComplaintResolvedEvent;
import java.time.Instant;

/** The published ComplaintResolved v2: when and how long it took; its resolution (a free text, in v1) stays inside. */
public record ComplaintResolvedV2(String customerId, String complaintId, String ownerRepId, Instant openedAt,
                                  Instant resolvedAt, long resolutionSeconds) {

    static ComplaintResolvedV2 of(ComplaintResolvedEvent event) {
        return new ComplaintResolvedV2(event.customerId(), event.complaintId(), event.ownerRepId(), event.openedAt(),
                event.resolvedAt(), event.resolutionSeconds());
    }
}
