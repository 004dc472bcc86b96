package com.salesplatform.orders.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.salesplatform.orders.integration.outbound.OrdersPublishedLanguage;
import com.salesplatform.platform.publishing.PublishedEventCatalog;
import com.salesplatform.platformtest.Contracts;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every published event has a schema and an example in contracts/events/orders, the example matches the schema,
 * and the example reads into the event class with no field left over or missing (the class is the payload).
 */
class PublishedContractsTest {

    private static final ObjectMapper STRICT = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);

    @Test
    void everyPublishedEventHasAMatchingSchemaAndExample() throws Exception {
        Map<Class<?>, String> published = catalog().publishedTypes();
        assertThat(published).hasSize(21);
        for (var entry : published.entrySet()) {
            String type = entry.getValue().substring(0, entry.getValue().indexOf('/'));
            var example = Contracts.example("orders", type, 1);
            Contracts.assertValid(Contracts.schemaPath("orders", type, 1), example);
            Object event = STRICT.treeToValue(example, entry.getKey());
            assertThat(STRICT.valueToTree(event).size()).as(type).isEqualTo(example.size());
        }
    }

    private static PublishedEventCatalog catalog() {
        return new OrdersPublishedLanguage().publishedEvents();
    }
}
