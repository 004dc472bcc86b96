package com.salesplatform.platform.inbox;

import com.salesplatform.platform.publishing.EventEnvelope;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one consumer of a service reads from other services' topics, and what it does with each event type and
 * version. The consumer owns its copy of each payload's shape (a record in its {@code integration/inbound}
 * package); event types it does not list are skipped. Each subscription is its own Kafka consumer group
 * ({@code <application>.<name>}, with a generation suffix where read models are rebuilt into generations) with its
 * own inbox entries.
 */
public final class InboundSubscription {

    private final String name;
    private final Set<String> topics;
    private final Map<String, Handler<?>> handlers;

    private InboundSubscription(String name, Set<String> topics, Map<String, Handler<?>> handlers) {
        this.name = name;
        this.topics = Set.copyOf(topics);
        this.handlers = Map.copyOf(handlers);
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public Set<String> topics() {
        return topics;
    }

    Optional<Handler<?>> handlerFor(String type, int version) {
        return Optional.ofNullable(handlers.get(key(type, version)));
    }

    private static String key(String type, int version) {
        return type + "/v" + version;
    }

    /**
     * Handles one event's payload; the envelope gives its id, aggregate, time and correlation. It writes to the
     * service's database only: it runs in the transaction of its whole poll, which is rolled back and applied
     * again record by record when another record of the poll fails.
     */
    @FunctionalInterface
    public interface EventHandler<T> {
        void handle(T data, EventEnvelope envelope);
    }

    record Handler<T>(Class<T> dataType, EventHandler<T> handler) {
    }

    public static final class Builder {
        private final String name;
        private final Set<String> topics = new LinkedHashSet<>();
        private final Map<String, Handler<?>> handlers = new HashMap<>();

        private Builder(String name) {
            if (!name.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("Subscription names are kebab-case: " + name);
            }
            this.name = name;
        }

        public Builder topic(String topic) {
            topics.add(topic);
            return this;
        }

        public <T> Builder on(String type, int version, Class<T> dataType, EventHandler<T> handler) {
            if (handlers.putIfAbsent(key(type, version), new Handler<>(dataType, handler)) != null) {
                throw new IllegalArgumentException(type + " v" + version + " is handled twice in " + name);
            }
            return this;
        }

        public InboundSubscription build() {
            if (topics.isEmpty() || handlers.isEmpty()) {
                throw new IllegalStateException("Subscription " + name + " needs a topic and a handler");
            }
            return new InboundSubscription(name, topics, handlers);
        }
    }
}
