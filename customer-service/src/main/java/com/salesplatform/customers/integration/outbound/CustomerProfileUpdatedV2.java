package com.salesplatform.customers.integration.outbound;

import com.salesplatform.customers.customer.api.CustomerProfileUpdatedEvent;
import com.salesplatform.customers.customer.api.CustomerType;
import java.util.List;

/** The published CustomerProfileUpdated v2: as v1, with a B2C customer under its pseudonym, never their name. */
public record CustomerProfileUpdatedV2(String customerId, String name, CustomerType type, String industry,
                                       String region, List<String> tags) {

    static CustomerProfileUpdatedV2 of(CustomerProfileUpdatedEvent event) {
        return new CustomerProfileUpdatedV2(event.customerId(), PublishedNames.of(event.customerId(), event.type(),
                event.name()), event.type(), event.industry(), event.region(), event.tags());
    }
}
