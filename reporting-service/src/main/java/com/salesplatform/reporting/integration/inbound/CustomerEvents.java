package com.salesplatform.reporting.integration.inbound;

import java.time.Instant;

/** This service's reading of customer-service's events on sales.customers.events (v1). */
public final class CustomerEvents {

    private CustomerEvents() {
    }

    public record LeadRegisteredV1(String customerId, String name, String region, String industry, String channel,
                                   String ownerRepId) {
    }

    public record CustomerConvertedV1(String customerId) {
    }

    /** Every profile field as it now reads; reporting keeps name, region and industry. */
    public record CustomerProfileUpdatedV1(String customerId, String name, String region, String industry) {
    }

    public record CustomerReassignedV1(String customerId, String ownerRepId) {
    }

    public record CustomerStatusChangedV1(String customerId) {
    }

    public record CommunicationLoggedV1(String customerId, String communicationId, String ownerRepId, String type,
                                        Instant occurredAt) {
    }

    public record FollowUpScheduledV1(String customerId, String followUpId, String ownerRepId, Instant dueAt) {
    }

    public record FollowUpCompletedV1(String customerId, String followUpId, Instant completedAt, Boolean onTime) {
    }

    public record FollowUpOverdueV1(String followUpId) {
    }

    public record ComplaintOpenedV1(String customerId, String complaintId, String ownerRepId, Instant openedAt) {
    }

    public record ComplaintResolvedV1(String complaintId, Instant resolvedAt) {
    }

    public record ProspectingPlanSetV1(String repId, String month, int minimumNewLeads) {
    }
}
