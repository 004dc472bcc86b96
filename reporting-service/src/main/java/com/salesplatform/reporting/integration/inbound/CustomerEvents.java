package com.salesplatform.reporting.integration.inbound;

import java.time.Instant;

/**
 * This service's reading of customer-service's events on sales.customers.events. Where a v2 left out personal data
 * (free texts) reporting never read, one record reads both versions. Where v2 changed what a field holds (a B2C
 * customer's name), the v1 record turns itself into the v2 reading ({@code asV2}): a v1 B2C customer's name (a
 * person's, which v1 still carried) is replaced by the pseudonym v2 carries.
 */
public final class CustomerEvents {

    private static final String B2C = "B2C";

    private CustomerEvents() {
    }

    /** The name v2 gives a B2C customer (contracts/events/customers/LeadRegistered.v2.schema.json). */
    static String pseudonym(String customerId) {
        return "客户 " + customerId.substring(0, Math.min(8, customerId.length()));
    }

    private static String published(String customerId, String type, String name) {
        return B2C.equals(type) ? pseudonym(customerId) : name;
    }

    public record LeadRegisteredV1(String customerId, String name, String type, String region, String industry,
                                   String channel, String ownerRepId) {
        public LeadRegisteredV2 asV2() {
            return new LeadRegisteredV2(customerId, published(customerId, type, name), type, region, industry,
                    channel, ownerRepId);
        }
    }

    /** A B2C customer under its pseudonym. */
    public record LeadRegisteredV2(String customerId, String name, String type, String region, String industry,
                                   String channel, String ownerRepId) {
    }

    public record CustomerConvertedV1(String customerId) {
    }

    /** Every profile field as it now reads; reporting keeps name, region and industry. */
    public record CustomerProfileUpdatedV1(String customerId, String name, String type, String region,
                                           String industry) {
        public CustomerProfileUpdatedV2 asV2() {
            return new CustomerProfileUpdatedV2(customerId, published(customerId, type, name), type, region,
                    industry);
        }
    }

    /** A B2C customer under its pseudonym. */
    public record CustomerProfileUpdatedV2(String customerId, String name, String type, String region,
                                           String industry) {
    }

    public record CustomerReassignedV1(String customerId, String ownerRepId) {
    }

    public record CustomerStatusChangedV1(String customerId) {
    }

    /** Read from v1 and v2 alike: the fields both carry (v1 also carried the conversation texts). */
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
