package com.salesplatform.customers.integration.outbound;

import com.salesplatform.customers.customer.api.ComplaintOpenedEvent;
import java.time.Instant;

/** The published ComplaintOpened v2: its subject and when; its description (a free text, in v1) stays inside. */
public record ComplaintOpenedV2(String customerId, String complaintId, String ownerRepId, String subject,
                                Instant openedAt) {

    static ComplaintOpenedV2 of(ComplaintOpenedEvent event) {
        return new ComplaintOpenedV2(event.customerId(), event.complaintId(), event.ownerRepId(), event.subject(),
                event.openedAt());
    }
}
