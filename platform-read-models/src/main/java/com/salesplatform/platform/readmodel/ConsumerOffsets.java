package com.salesplatform.platform.readmodel;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The broker's view of topics and consumer groups that a rebuild needs: where partitions begin and end, and where a
 * group has got to. One admin client, opened when first needed.
 */
class ConsumerOffsets implements AutoCloseable {

    private final Map<String, Object> adminConfiguration;
    private Admin admin;

    ConsumerOffsets(Map<String, Object> adminConfiguration) {
        this.adminConfiguration = Map.copyOf(adminConfiguration);
    }

    /** Every partition of {@code topics} with its first and next offset; a topic not created yet has none. */
    Map<TopicPartition, Range> ranges(Collection<String> topics) {
        return withAdmin(admin -> {
            List<TopicPartition> partitions = partitionsOf(admin, topics);
            var earliest = admin.listOffsets(spec(partitions, OffsetSpec.earliest())).all().get();
            var latest = admin.listOffsets(spec(partitions, OffsetSpec.latest())).all().get();
            Map<TopicPartition, Range> ranges = new HashMap<>();
            partitions.forEach(partition -> ranges.put(partition,
                    new Range(earliest.get(partition).offset(), latest.get(partition).offset())));
            return ranges;
        });
    }

    /** Where {@code group} will read each partition next: its committed offsets. */
    Map<TopicPartition, Long> committed(String group) {
        return withAdmin(admin -> admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                .entrySet().stream().filter(entry -> entry.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset())));
    }

    /**
     * Makes {@code group} start each partition at the given offset, whatever it committed before (a group name can
     * outlive the database that knew it). The group must have no running member.
     */
    void startAt(String group, Map<TopicPartition, Long> offsets) {
        if (offsets.isEmpty()) {
            return;
        }
        withAdmin(admin -> admin.alterConsumerGroupOffsets(group, offsets.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> new OffsetAndMetadata(entry.getValue()))))
                .all().get());
    }

    /** Deletes consumer groups nobody runs any more; a group still in use or already gone is left alone. */
    void deleteGroups(Collection<String> groups) {
        withAdmin(admin -> {
            for (var deletion : admin.deleteConsumerGroups(groups).deletedGroups().values()) {
                try {
                    deletion.get();
                } catch (ExecutionException stillUsedOrGone) {
                    // another replica may still be stopping its consumers; the group is harmless either way
                }
            }
            return null;
        });
    }

    private static List<TopicPartition> partitionsOf(Admin admin, Collection<String> topics)
            throws InterruptedException, ExecutionException {
        List<String> existing = admin.listTopics().names().get().stream().filter(topics::contains).toList();
        return admin.describeTopics(existing).allTopicNames().get().values().stream()
                .flatMap(topic -> topic.partitions().stream()
                        .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                .toList();
    }

    private static Map<TopicPartition, OffsetSpec> spec(List<TopicPartition> partitions, OffsetSpec spec) {
        return partitions.stream().collect(Collectors.toMap(Function.identity(), partition -> spec));
    }

    private synchronized <T> T withAdmin(AdminCall<T> call) {
        if (admin == null) {
            admin = Admin.create(adminConfiguration);
        }
        try {
            return call.apply(admin);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking the Kafka broker", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The Kafka broker could not answer: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close();
            admin = null;
        }
    }

    @FunctionalInterface
    private interface AdminCall<T> {
        T apply(Admin admin) throws InterruptedException, ExecutionException;
    }

    /** A partition's first offset and the offset its next record will get. */
    record Range(long start, long end) {
    }
}
