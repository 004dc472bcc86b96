package com.salesplatform.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.platform.config.PlatformProperties;
import java.util.ArrayList;
import java.util.List;
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

    private final List<ConcurrentMessageListenerContainer<String, String>> containers = new ArrayList<>();
    private volatile boolean running;

    public InboundSubscriptions(List<InboundSubscription> subscriptions, String applicationName,
                                ConcurrentKafkaListenerContainerFactory<String, String> factory, Inbox inbox,
                                ObjectMapper objectMapper, KafkaTemplate<String, String> deadLetters,
                                PlatformProperties.Consumer settings) {
        for (InboundSubscription subscription : subscriptions) {
            String group = applicationName + "." + subscription.name();
            var container = factory.createContainer(subscription.topics().toArray(String[]::new));
            ContainerProperties properties = container.getContainerProperties();
            properties.setGroupId(group);
            properties.setAckMode(ContainerProperties.AckMode.RECORD);
            properties.setMessageListener(new InboundEventDispatcher(subscription, group, inbox, objectMapper));
            container.setBeanName(group);
            container.setCommonErrorHandler(errorHandler(group, deadLetters, settings));
            containers.add(container);
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

    public List<ConcurrentMessageListenerContainer<String, String>> containers() {
        return List.copyOf(containers);
    }

    @Override
    public void start() {
        containers.forEach(ConcurrentMessageListenerContainer::start);
        running = true;
    }

    @Override
    public void stop() {
        containers.forEach(ConcurrentMessageListenerContainer::stop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
