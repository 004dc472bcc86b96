package com.salesplatform.platformtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.platform.config.PlatformProperties;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Version-1 events of another bounded context as its contract describes them, on that context's topic: what a
 * consumer's tests feed it. Each gets a new event id; the aggregate id is the record key.
 */
public final class ContractEvents {

    private ContractEvents() {
    }

    /** The contract's example payload of {@code type}, to adjust with the test's own ids and values. */
    public static ObjectNode data(String context, String type) {
        return Contracts.exampleData(context, type, 1);
    }

    /** The event as a record for {@code sales.<context>.events}, its envelope checked against the contract. */
    public static ProducerRecord<String, String> event(String context, String type, String aggregateId,
                                                       JsonNode data, Instant occurredAt) {
        return new ProducerRecord<>(PlatformProperties.topicOf(context), aggregateId, Contracts.envelope(context, type,
                1, UUID.randomUUID().toString(), aggregateId, data, occurredAt));
    }

    /** Publishes the event, as if it had happened at {@code occurredAt} (ISO-8601), and waits for the broker. */
    public static void publish(String context, String type, String aggregateId, JsonNode data, String occurredAt) {
        ProducerRecord<String, String> event = event(context, type, aggregateId, data, Instant.parse(occurredAt));
        TopicProbe.publish(event.topic(), event.key(), event.value());
    }
}
