package com.salesplatform.platform.inbox;

import java.util.List;
import org.springframework.kafka.listener.MessageListenerContainer;

/** One listener container per subscription, started and stopped together. */
public final class ConsumerSet {

    private final List<MessageListenerContainer> containers;

    ConsumerSet(List<? extends MessageListenerContainer> containers) {
        this.containers = List.copyOf(containers);
    }

    public void start() {
        containers.forEach(MessageListenerContainer::start);
    }

    /** Stops every container, each after the records it is processing. */
    public void stop() {
        containers.forEach(MessageListenerContainer::stop);
    }

    public boolean isRunning() {
        return containers.stream().anyMatch(MessageListenerContainer::isRunning);
    }
}
