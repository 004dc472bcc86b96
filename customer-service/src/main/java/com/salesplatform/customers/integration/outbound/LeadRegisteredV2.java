package com.salesplatform.customers.integration.outbound;

import com.salesplatform.customers.customer.api.CustomerType;
import com.salesplatform.customers.customer.api.LeadChannel;
import com.salesplatform.customers.customer.api.LeadRegisteredEvent;

/**
 * The published LeadRegistered v2: the lead without its contact person, and a B2C customer (a person) under its
 * pseudonym, never their name (v1 carried it).
 */
public record LeadRegisteredV2(String customerId, String name, CustomerType type, String industry, String region,
                               LeadChannel channel, String ownerRepId) {

    static LeadRegisteredV2 of(LeadRegisteredEvent event) {
        return new LeadRegisteredV2(event.customerId(), PublishedNames.of(event.customerId(), event.type(),
                event.name()), event.type(), event.industry(), event.region(), event.channel(), event.ownerRepId());
    }
}
