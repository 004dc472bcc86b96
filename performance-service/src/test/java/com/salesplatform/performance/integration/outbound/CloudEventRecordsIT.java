package com.salesplatform.performance.integration.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A record as the service really publishes it, read from the topic by the CloudEvents SDK's Kafka deserializer
 * (binary content mode, ADR 0018): its attributes are the envelope's, and its data is the envelope unchanged.
 */
@ServiceIntegrationTest
class CloudEventRecordsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    private int port;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    @Test
    void aPublishedRecordIsACloudEventWhoseAttributesAreItsEnvelopes() throws Exception {
        TopicProbe probe = topics.on("sales.performance.events");
        ApiClient.Response created = ApiClient.onPort(port).as(TestTokens.admin()).withRequestId("req-ce-1")
                .post("/api/teams", "{\"name\":\"华东" + UUID.randomUUID().toString().substring(0, 8) + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String team = created.json().path("id").asText();
        JsonNode envelope = probe.awaitEnvelope(team, "TeamCreated");
        ConsumerRecord<String, String> record = probe.records().stream()
                .filter(candidate -> team.equals(candidate.key())).findFirst().orElseThrow();

        CloudEvent event;
        try (CloudEventDeserializer deserializer = new CloudEventDeserializer()) {
            event = deserializer.deserialize(record.topic(), record.headers(),
                    record.value().getBytes(StandardCharsets.UTF_8));
        }

        assertThat(event.getId()).isEqualTo(envelope.path("eventId").asText());
        assertThat(event.getSource()).isEqualTo(URI.create("/sales-platform/performance-service"));
        assertThat(event.getType()).isEqualTo("dev.sales-platform.performance.TeamCreated.v1");
        assertThat(event.getSubject()).isEqualTo(team);
        assertThat(event.getTime().toInstant()).isEqualTo(Instant.parse(envelope.path("occurredAt").asText()));
        assertThat(event.getDataSchema()).isEqualTo(URI.create(
                "https://sales-platform.dev/contracts/events/performance/TeamCreated.v1.schema.json"));
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(event.getExtension("correlationid")).isEqualTo(envelope.path("correlationId").asText())
                .isEqualTo("req-ce-1");
        assertThat(JSON.readTree(event.getData().toBytes())).as("the data is the envelope, unchanged")
                .isEqualTo(envelope);
    }
}
