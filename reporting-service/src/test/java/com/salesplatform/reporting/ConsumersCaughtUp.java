package com.salesplatform.reporting;

import com.salesplatform.platform.inbox.InboundSubscriptions;
import com.salesplatform.platform.readmodel.ReadModelGenerations;
import com.salesplatform.platformtest.TestKafka;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether every subscription's consumer group has committed past the last record of each partition it reads: then
 * every record published so far, redeliveries included, has been applied or skipped, and figures polled afterwards
 * cannot change under a late duplicate. Offsets are committed only after the inbox transaction of the records they
 * pass. The groups are those of the active read-model generation.
 */
public final class ConsumersCaughtUp {

    private ConsumersCaughtUp() {
    }

    public static boolean all(InboundSubscriptions subscriptions, ReadModelGenerations generations) {
        String generation = generations.active().orElseThrow().groupSuffix();
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.bootstrapServers()))) {
            for (var group : subscriptions.topicsByGroup(generation).entrySet()) {
                if (!caughtUp(admin, group.getKey(), group.getValue())) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not read the consumer groups' offsets", e.getCause());
        }
    }

    private static boolean caughtUp(Admin admin, String group, Set<String> topics)
            throws InterruptedException, ExecutionException {
        List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get().values()
                .stream()
                .flatMap(topic -> topic.partitions().stream()
                        .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                .toList();
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()))).all().get();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        return partitions.stream().allMatch(partition -> {
            OffsetAndMetadata offset = committed.get(partition);
            return (offset == null ? 0 : offset.offset()) >= ends.get(partition).offset();
        });
    }
}
