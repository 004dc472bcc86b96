package com.salesplatform.systemtests.faults;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/** The platform's Kafka broker as an operator (or an attacker) sees it: consumer groups, raw records. */
final class Broker implements AutoCloseable {

    private final String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    private final Admin admin;

    Broker() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        admin = Admin.create(properties);
    }

    List<String> groups(String prefix) {
        try {
            return admin.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId)
                    .filter(group -> group.startsWith(prefix)).sorted().toList();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot list the consumer groups", e);
        }
    }

    /**
     * Sets each group's committed offsets to the beginning of its partitions: everything is delivered again. Kafka
     * allows it only for a group without members, so the consumers must be stopped.
     */
    void resetToBeginning(List<String> groups) {
        try {
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
                committed.keySet().forEach(partition -> earliest.put(partition, OffsetSpec.earliest()));
                Map<TopicPartition, OffsetAndMetadata> beginning = new HashMap<>();
                admin.listOffsets(earliest).all().get().forEach((partition, offset) ->
                        beginning.put(partition, new OffsetAndMetadata(offset.offset())));
                admin.alterConsumerGroupOffsets(group, beginning).all().get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot reset the offsets of " + groups, e);
        }
    }

    /** Records the groups have still to read: end offsets minus committed ones, over all their partitions. */
    long lag(List<String> groups) {
        try {
            long lag = 0;
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                    OffsetAndMetadata position = committed.get(end.getKey());
                    lag += end.getValue().offset() - (position == null ? 0 : position.offset());
                }
            }
            return lag;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot read the lag of " + groups, e);
        }
    }

    /** A record no consumer can read, as a broken or hostile producer would write it. */
    void publishPoison(String topic) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), "{\"eventId\": not json")).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
