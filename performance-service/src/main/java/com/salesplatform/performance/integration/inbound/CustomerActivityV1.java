package com.salesplatform.performance.integration.inbound;

import java.time.Instant;

/**
 * This service's reading of customer-service's CommunicationLogged, FollowUpCompleted, FollowUpOverdue and
 * SatisfactionRecorded, and LeadRegistered, v1 and v2 alike (contracts/events/customers; v2 only left personal data
 * out): the fields it uses of any of them.
 */
public record CustomerActivityV1(String customerId, String ownerRepId, String followUpId, Instant occurredAt,
                                 Instant completedAt, Instant dueAt, Boolean onTime, Integer score) {

    /** When the activity counts: when it happened, was completed or was due; else when it was published. */
    public Instant at(Instant published) {
        if (occurredAt != null) {
            return occurredAt;
        }
        if (completedAt != null) {
            return completedAt;
        }
        return dueAt != null ? dueAt : published;
    }
}
