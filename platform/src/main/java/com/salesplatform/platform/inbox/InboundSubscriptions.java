package com.salesplatform.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.platform.config.PlatformProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Makes the Kafka consumers of a service's {@link InboundSubscription}s: one listener container per subscription, its
 * own consumer group, offsets committed after the inbox transaction, bounded retries, then the record goes to the
 * subscription's dead-letter topic {@code <topic>.<group>.dlt} — never silently dropped — and
 * {@code sales.inbox.dead.lettered} counts it.
 */
public class InboundSubscriptions {

    /** Counter of records sent to a dead-letter topic, tagged with the consumer and the topic they came from. */
    public static final String DEAD_LETTERED = "sales.inbox.dead.lettered";

    private final List<InboundSubscription> subscriptions;
    private final String applicationName;
    private final ConcurrentKafkaListenerContainerFactory<String, String> factory;
    private final Inbox inbox;
    private final ObjectMapper objectMapper;
    private final KafkaTemplate<String, String> deadLetters;
    private final PlatformProperties.Consumer settings;
    private final MeterRegistry meterRegistry;

    public InboundSubscriptions(List<InboundSubscription> subscriptions, String applicationName,
                                ConcurrentKafkaListenerContainerFactory<String, String> factory, Inbox inbox,
                                ObjectMapper objectMapper, KafkaTemplate<String, String> deadLetters,
                                PlatformProperties.Consumer settings, MeterRegistry meterRegistry) {
        this.subscriptions = List.copyOf(subscriptions);
        this.applicationName = applicationName;
        this.factory = factory;
        this.inbox = inbox;
        this.objectMapper = objectMapper;
        this.deadLetters = deadLetters;
        this.settings = settings;
        this.meterRegistry = meterRegistry;
    }

    public static String deadLetterTopic(String topic, String group) {
        return topic + "." + group + ".dlt";
    }

    /** Every topic some subscription reads. */
    public Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>();
        subscriptions.forEach(subscription -> topics.addAll(subscription.topics()));
        return topics;
    }

    /** The consumer group of each subscription: {@code <application>.<subscription>}. */
    public String groupOf(InboundSubscription subscription) {
        return applicationName + "." + subscription.name();
    }

    /** The topics each subscription's consumer group {@code <application>.<subscription><groupSuffix>} reads. */
    public Map<String, Set<String>> topicsByGroup(String groupSuffix) {
        Map<String, Set<String>> topics = new LinkedHashMap<>();
        subscriptions.forEach(subscription -> topics.put(groupOf(subscription) + groupSuffix, subscription.topics()));
        return topics;
    }

    /** Consumers for every subscription, in the consumer groups {@code <application>.<subscription>}. */
    public ConsumerSet consumers() {
        return consumers("", RecordScope.NONE);
    }

    /**
     * Consumers for every subscription in consumer groups {@code <application>.<subscription><groupSuffix>}, each
     * record processed within {@code scope}. Inbox entries and dead-letter topics keep the group without the
     * suffix: the suffix only separates the Kafka offsets of two sets reading the same topics.
     */
    public ConsumerSet consumers(String groupSuffix, RecordScope scope) {
        return new ConsumerSet(subscriptions.stream().map(subscription -> {
            String consumer = groupOf(subscription);
            String group = consumer + groupSuffix;
            var container = factory.createContainer(subscription.topics().toArray(String[]::new));
            ContainerProperties properties = container.getContainerProperties();
            properties.setGroupId(group);
            properties.setMessageListener(
                    new InboundEventDispatcher(subscription, consumer, inbox, objectMapper, scope));
            container.setBeanName(group);
            container.setCommonErrorHandler(errorHandler(subscription, consumer));
            return container;
        }).toList());
    }

    private DefaultErrorHandler errorHandler(InboundSubscription subscription, String consumer) {
        var publisher = new DeadLetterPublishingRecoverer(deadLetters,
                (record, failure) -> new TopicPartition(deadLetterTopic(record.topic(), consumer), -1));
        subscription.topics().forEach(topic -> deadLettered(consumer, topic));
        ConsumerRecordRecoverer recoverer = (record, failure) -> {
            publisher.accept(record, failure);
            deadLettered(consumer, record.topic()).increment();
        };
        var handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(settings.backOff().toMillis(), Math.max(0, settings.maxAttempts() - 1)));
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }

    private Counter deadLettered(String consumer, String topic) {
        return Counter.builder(DEAD_LETTERED)
                .description("Records that could not be applied and went to the dead-letter topic")
                .tag("consumer", consumer).tag("topic", topic)
                .register(meterRegistry);
    }
}
