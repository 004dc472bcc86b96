package com.salesplatform.orders.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.salesplatform.orders.integration.outbound.OrdersPublishedLanguage;
import com.salesplatform.platform.publishing.PublishedEventCatalog;
import com.salesplatform.platformtest.Contracts;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every published event has a schema and an example in contracts/events/orders, the example matches the schema,
 * and the example reads into the event class with no field left over or missing (the class is the payload): a field
 * the example leaves out is one the schema makes optional (an imported order's {@code placedAt}, {@code confirmedAt},
 * {@code importedBy}: absent on every other order, so the examples stay those of an ordinary order).
 */
class PublishedContractsTest {

    private static final ObjectMapper STRICT = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void everyPublishedEventHasAMatchingSchemaAndExample() throws Exception {
        Map<Class<?>, String> published = catalog().publishedTypes();
        assertThat(published).hasSize(21);
        for (var entry : published.entrySet()) {
            String type = entry.getValue().substring(0, entry.getValue().indexOf('/'));
            var example = Contracts.example("orders", type, 1);
            Contracts.assertValid(Contracts.schemaPath("orders", type, 1), example);
            Object event = STRICT.treeToValue(example, entry.getKey());
            JsonNode written = STRICT.valueToTree(event);
            Set<String> leftOut = new TreeSet<>();
            written.fieldNames().forEachRemaining(field -> {
                if (!example.has(field)) {
                    assertThat(written.get(field).isNull()).as(type + "." + field).isTrue();
                    leftOut.add(field);
                }
            });
            Set<String> required = new TreeSet<>();
            Contracts.schema("orders", type, 1).path("required").forEach(field -> required.add(field.asText()));
            assertThat(leftOut).as(type + ": fields the example leaves out").doesNotContainAnyElementsOf(required);
            assertThat(written.size() - leftOut.size()).as(type).isEqualTo(example.size());
        }
    }

    private static PublishedEventCatalog catalog() {
        return new OrdersPublishedLanguage().publishedEvents();
    }
}
