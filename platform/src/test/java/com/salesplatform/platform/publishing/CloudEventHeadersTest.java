package com.salesplatform.platform.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** The CloudEvents attributes of a published record, read back by the CloudEvents SDK's Kafka deserializer. */
class CloudEventHeadersTest {

    private static final EventEnvelope ENVELOPE = new EventEnvelope("e-1", "OrderConfirmed", 1,
            Instant.parse("2026-12-03T01:30:00.123Z"), "SalesOrder", "o-1", 4, "orders-service", "req-7", "cmd-3",
            JsonNodeFactory.instance.objectNode().put("orderId", "o-1"));

    @Test
    void theSdkReadsTheRecordAsACloudEventInBinaryModeWithTheEnvelopeAsItsData() throws Exception {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.addTo(headers, ENVELOPE, "orders");
        byte[] value = new ObjectMapper().findAndRegisterModules().writeValueAsBytes(ENVELOPE);

        CloudEvent event;
        try (CloudEventDeserializer deserializer = new CloudEventDeserializer()) {
            event = deserializer.deserialize("sales.orders.events", headers, value);
        }

        assertThat(event.getSpecVersion()).isEqualTo(SpecVersion.V1);
        assertThat(event.getId()).isEqualTo("e-1");
        assertThat(event.getSource()).isEqualTo(URI.create("/sales-platform/orders-service"));
        assertThat(event.getType()).isEqualTo("dev.sales-platform.orders.OrderConfirmed.v1");
        assertThat(event.getTime()).isEqualTo(OffsetDateTime.of(2026, 12, 3, 1, 30, 0, 123_000_000, ZoneOffset.UTC));
        assertThat(event.getSubject()).isEqualTo("o-1");
        assertThat(event.getDataSchema()).isEqualTo(URI.create(
                "https://sales-platform.dev/contracts/events/orders/OrderConfirmed.v1.schema.json"));
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(event.getExtension("correlationid")).isEqualTo("req-7");
        assertThat(event.getExtension("causationid")).isEqualTo("cmd-3");
        assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8)).isEqualTo(new String(value,
                StandardCharsets.UTF_8));
    }

    @Test
    void withoutACorrelationOrCausationTheirExtensionsAreLeftOut() {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.addTo(headers, new EventEnvelope("e-2", "TeamCreated", 2, Instant.EPOCH, "Team", "t-1", 0,
                "performance-service", null, null, JsonNodeFactory.instance.objectNode()), "performance");

        assertThat(headers.lastHeader("ce_correlationid")).isNull();
        assertThat(headers.lastHeader("ce_causationid")).isNull();
        assertThat(new String(headers.lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("dev.sales-platform.performance.TeamCreated.v2");
        assertThat(new String(headers.lastHeader("ce_time").value(), StandardCharsets.UTF_8))
                .isEqualTo("1970-01-01T00:00:00Z");
    }

    /** Every contract's schema in the repository is where {@code ce_dataschema} points for its type and version. */
    @Test
    void theDataSchemaOfEveryContractIsItsSchemasId() throws Exception {
        Path events = Path.of("..", "contracts", "events");
        List<Path> schemas;
        try (Stream<Path> files = Files.walk(events)) {
            schemas = files.filter(file -> file.getFileName().toString().matches("[A-Z]\\w+\\.v\\d+\\.schema\\.json"))
                    .toList();
        }
        assertThat(schemas).hasSizeGreaterThan(50);
        ObjectMapper json = new ObjectMapper();
        for (Path schema : schemas) {
            String context = schema.getParent().getFileName().toString();
            String[] name = schema.getFileName().toString().split("\\.");
            int version = Integer.parseInt(name[1].substring(1));
            assertThat(CloudEventHeaders.dataSchema(context, name[0], version)).as(schema.toString())
                    .isEqualTo(json.readTree(schema.toFile()).path("$id").asText());
        }
    }
}
