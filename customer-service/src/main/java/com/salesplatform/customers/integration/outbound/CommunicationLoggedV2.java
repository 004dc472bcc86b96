package com.salesplatform.customers.integration.outbound;

import com.salesplatform.customers.customer.api.CommunicationLoggedEvent;
import com.salesplatform.customers.customer.api.CommunicationType;
import java.time.Instant;

/**
 * The published CommunicationLogged v2: that a conversation took place, with whom and when; its summary, outcome
 * and next step (free texts that may name people, in v1) stay inside the service.
 */
public record CommunicationLoggedV2(String customerId, String communicationId, String ownerRepId,
                                    CommunicationType type, Instant occurredAt) {

    static CommunicationLoggedV2 of(CommunicationLoggedEvent event) {
        return new CommunicationLoggedV2(event.customerId(), event.communicationId(), event.ownerRepId(),
                event.type(), event.occurredAt());
    }
}
