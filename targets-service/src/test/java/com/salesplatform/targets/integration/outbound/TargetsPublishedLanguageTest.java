package com.salesplatform.targets.integration.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.salesplatform.platform.publishing.PublishedEventCatalog;
import com.salesplatform.platformtest.Contracts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every event the catalog publishes has its schema and example in contracts/events/targets, and the event record reads
 * the example and writes it back in a shape the schema accepts (so record and contract cannot drift apart).
 */
class TargetsPublishedLanguageTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_ABSENT);

    private final PublishedEventCatalog catalog = new TargetsPublishedLanguage().publishedEvents();

    @Test
    void publishesEveryEventOfDomainSectionOne() {
        assertThat(catalog.publishedTypes().values()).containsExactlyInAnyOrder("TargetSet/v1",
                "TargetDecomposed/v1", "TargetAllocated/v1", "TargetAdjusted/v1", "TargetActivated/v1",
                "TargetClosed/v1", "RiskIdentified/v1", "RiskAssessed/v1", "RiskMitigationPlanned/v1",
                "RiskOccurred/v1", "RiskClosed/v1");
    }

    @Test
    void eachEventRoundTripsItsContractExample() throws Exception {
        for (Map.Entry<Class<?>, String> published : catalog.publishedTypes().entrySet()) {
            String type = published.getValue().substring(0, published.getValue().indexOf("/v"));
            JsonNode example = Contracts.example("targets", type, 1);
            Contracts.assertValid(Contracts.schemaPath("targets", type, 1), example);

            Object event = JSON.treeToValue(example, published.getKey());
            JsonNode written = JSON.valueToTree(catalog.publicationOf(event).orElseThrow().data());
            Contracts.assertValid(Contracts.schemaPath("targets", type, 1), written);
            assertThat(fieldNames(written)).as(type).isEqualTo(fieldNames(example));
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
