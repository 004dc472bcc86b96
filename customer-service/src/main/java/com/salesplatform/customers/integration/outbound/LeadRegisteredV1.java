package com.salesplatform.customers.integration.outbound;

import com.salesplatform.customers.customer.api.CustomerType;
import com.salesplatform.customers.customer.api.LeadChannel;
import com.salesplatform.customers.customer.api.LeadRegisteredEvent;

/** The published LeadRegistered v1: the lead without its contact person. */
public record LeadRegisteredV1(String customerId, String name, CustomerType type, String industry, String region,
                               LeadChannel channel, String ownerRepId) {

    static LeadRegisteredV1 of(LeadRegisteredEvent event) {
        return new LeadRegisteredV1(event.customerId(), event.name(), event.type(), event.industry(), event.region(),
                event.channel(), event.ownerRepId());
    }
}
