package com.salesplatform.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.platform.config.PlatformProperties;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * One Kafka listener container per {@link InboundSubscription}: its own consumer group, offsets committed record by
 * record after the inbox transaction, bounded retries, then the record goes to the subscription's dead-letter topic
 * {@code <topic>.<group>.dlt} — never silently dropped.
 */
public class InboundSubscriptions implements SmartLifecycle {

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Inbox inbox;
    private final Map<String, Object> adminConfiguration;
    private volatile boolean running;

    public InboundSubscriptions(List<InboundSubscription> subscriptions, String applicationName,
                                ConcurrentKafkaListenerContainerFactory<String, String> factory, Inbox inbox,
                                ObjectMapper objectMapper, KafkaTemplate<String, String> deadLetters,
                                PlatformProperties.Consumer settings, Map<String, Object> adminConfiguration) {
        this.inbox = inbox;
        this.adminConfiguration = Map.copyOf(adminConfiguration);
        for (InboundSubscription subscription : subscriptions) {
            String group = applicationName + "." + subscription.name();
            var container = factory.createContainer(subscription.topics().toArray(String[]::new));
            ContainerProperties properties = container.getContainerProperties();
            properties.setGroupId(group);
            properties.setAckMode(ContainerProperties.AckMode.RECORD);
            properties.setMessageListener(new InboundEventDispatcher(subscription, group, inbox, objectMapper));
            container.setBeanName(group);
            container.setCommonErrorHandler(errorHandler(group, deadLetters, settings));
            entries.put(subscription.name(), new Entry(subscription, group, container));
        }
    }

    private static DefaultErrorHandler errorHandler(String group, KafkaTemplate<String, String> deadLetters,
                                                    PlatformProperties.Consumer settings) {
        var recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, failure) -> new TopicPartition(deadLetterTopic(record.topic(), group), -1));
        var handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(settings.backOff().toMillis(), Math.max(0, settings.maxAttempts() - 1)));
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }

    public static String deadLetterTopic(String topic, String group) {
        return topic + "." + group + ".dlt";
    }

    /** The subscriptions whose read models can be rebuilt. */
    public List<String> rebuildable() {
        return entries.values().stream().filter(entry -> entry.subscription().rebuildable())
                .map(entry -> entry.subscription().name()).toList();
    }

    /**
     * Rebuilds one read model from its topics' beginning: stops its consumer, empties the read model and forgets its
     * inbox entries in one transaction, moves the consumer group's offsets to the earliest, and starts it again.
     * The replay then runs in the background; the consumer lag metric shows its progress.
     */
    public void rebuild(String name) {
        Entry entry = entries.get(name);
        if (entry == null || !entry.subscription().rebuildable()) {
            throw new IllegalArgumentException("No rebuildable subscription named " + name);
        }
        entry.container().stop();
        inbox.forget(entry.group(), entry.subscription()::reset);
        rewind(entry);
        entry.container().start();
    }

    private void rewind(Entry entry) {
        try (Admin admin = Admin.create(adminConfiguration)) {
            var partitions = admin.describeTopics(entry.subscription().topics()).allTopicNames().get().values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .toList();
            var earliest = admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.earliest())))
                    .all().get();
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            earliest.forEach((partition, info) -> offsets.put(partition, new OffsetAndMetadata(info.offset())));
            admin.alterConsumerGroupOffsets(entry.group(), offsets).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rewinding " + entry.group(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not rewind " + entry.group(), e.getCause());
        }
    }

    @Override
    public void start() {
        entries.values().forEach(entry -> entry.container().start());
        running = true;
    }

    @Override
    public void stop() {
        entries.values().forEach(entry -> entry.container().stop());
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private record Entry(InboundSubscription subscription, String group,
                         ConcurrentMessageListenerContainer<String, String> container) {
    }
}
