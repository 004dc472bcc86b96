package com.salesplatform.platform.inbox;

import java.util.List;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/** One listener container per subscription, started and stopped together. */
public final class ConsumerSet {

    private final List<Consumer> consumers;

    ConsumerSet(List<Consumer> consumers) {
        this.consumers = List.copyOf(consumers);
    }

    /** The Kafka consumer group of each subscription, by subscription name. */
    public List<Consumer> consumers() {
        return consumers;
    }

    public void start() {
        consumers.forEach(consumer -> consumer.container().start());
    }

    /** Stops every container, each after the record it is processing. */
    public void stop() {
        consumers.forEach(consumer -> consumer.container().stop());
    }

    public boolean isRunning() {
        return consumers.stream().anyMatch(consumer -> consumer.container().isRunning());
    }

    /**
     * @param subscription what the consumer reads
     * @param group        its Kafka consumer group
     */
    public record Consumer(InboundSubscription subscription, String group,
                           ConcurrentMessageListenerContainer<String, String> container) {
    }
}
