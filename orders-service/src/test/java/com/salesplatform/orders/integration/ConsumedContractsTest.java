package com.salesplatform.orders.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.orders.integration.inbound.CreditLimitSetV1;
import com.salesplatform.orders.integration.inbound.CustomerReassignedV1;
import com.salesplatform.orders.integration.inbound.LeadRegisteredV1;
import com.salesplatform.platformtest.Contracts;
import org.junit.jupiter.api.Test;

/**
 * The payloads this service reads, parsed from their producers' published examples the way the inbox reads them
 * (unknown fields tolerated).
 */
class ConsumedContractsTest {

    private static final ObjectMapper TOLERANT = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void readsTheCustomerReplicasEventsFromCustomerServicesExamples() throws Exception {
        LeadRegisteredV1 lead = read("customers", "LeadRegistered", LeadRegisteredV1.class);
        assertThat(lead.customerId()).isEqualTo("9c1d3b52-6f0a-4a7e-8d2b-3e5f7a9b1c01");
        assertThat(lead.ownerRepId()).isEqualTo("5a1e5000-0000-4000-8000-0000000000c1");
        assertThat(TOLERANT.treeToValue(Contracts.example("customers", "LeadRegistered", 2), LeadRegisteredV1.class))
                .isEqualTo(lead);
        CustomerReassignedV1 reassigned = read("customers", "CustomerReassigned", CustomerReassignedV1.class);
        assertThat(reassigned.ownerRepId()).isEqualTo("5a1e5000-0000-4000-8000-0000000000c2");
        CreditLimitSetV1 limit = read("customers", "CreditLimitSet", CreditLimitSetV1.class);
        assertThat(limit.amount()).isEqualByComparingTo("500000.00");
    }

    private static <T> T read(String context, String type, Class<T> payload) throws Exception {
        return TOLERANT.treeToValue(Contracts.example(context, type, 1), payload);
    }
}
