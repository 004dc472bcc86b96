package com.salesplatform.platformtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/**
 * Reads a topic from its beginning in the test, as an outside consumer would, and waits (polling, never sleeping a
 * fixed time) for the envelopes a test expects; also publishes records as another service would.
 */
public final class TopicProbe implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new CopyOnWriteArrayList<>();

    private TopicProbe(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        consumer.subscribe(List.of(topic));
    }

    public static TopicProbe on(String topic) {
        return new TopicProbe(topic);
    }

    /** Waits for the first envelope of {@code type} about {@code aggregateId}. */
    public JsonNode awaitEnvelope(String aggregateId, String type) {
        return awaitEnvelopes(aggregateId, type, 1).get(0);
    }

    /** Waits until {@code count} envelopes of {@code type} about {@code aggregateId} were seen; answers them all. */
    public List<JsonNode> awaitEnvelopes(String aggregateId, String type, int count) {
        Predicate<JsonNode> matches = envelope -> aggregateId.equals(envelope.path("aggregateId").asText())
                && type.equals(envelope.path("type").asText());
        Awaitility.await("%d %s event(s) for %s".formatted(count, type, aggregateId))
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    poll();
                    return envelopes().stream().filter(matches).count() >= count;
                });
        return envelopes().stream().filter(matches).toList();
    }

    /** Everything seen so far about {@code aggregateId}. */
    public List<JsonNode> seenFor(String aggregateId) {
        poll();
        return envelopes().stream().filter(e -> aggregateId.equals(e.path("aggregateId").asText())).toList();
    }

    public List<ConsumerRecord<String, String>> records() {
        return List.copyOf(seen);
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
    }

    private List<JsonNode> envelopes() {
        List<JsonNode> envelopes = new ArrayList<>();
        for (ConsumerRecord<String, String> record : seen) {
            parse(record.value()).ifPresent(envelopes::add);
        }
        return envelopes;
    }

    private static Optional<JsonNode> parse(String value) {
        try {
            return Optional.of(JSON.readTree(value));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** Publishes {@code value} on {@code topic} with {@code key}, waiting for the broker's acknowledgement. */
    public static void publish(String topic, String key, String value) {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    /** Publishes every record through one producer, then waits for all the broker's acknowledgements. */
    public static void publishAll(List<ProducerRecord<String, String>> records) {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            List<Future<RecordMetadata>> sent = records.stream().map(producer::send).toList();
            for (Future<RecordMetadata> acknowledgement : sent) {
                acknowledgement.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + records.size() + " records", e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
