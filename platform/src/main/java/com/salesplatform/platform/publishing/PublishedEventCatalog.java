package com.salesplatform.platform.publishing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A service's published language: which internal events leave the service, under which contract type and version,
 * and how each is turned into its published payload (the place to leave out what must not leave, such as
 * personal data). Events not listed stay inside the service.
 */
public final class PublishedEventCatalog {

    private final Map<Class<?>, Entry<?>> entries;

    private PublishedEventCatalog(Map<Class<?>, Entry<?>> entries) {
        this.entries = Map.copyOf(entries);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<PublishedEvent> publicationOf(Object event) {
        Entry<?> entry = entries.get(event.getClass());
        return entry == null ? Optional.empty() : Optional.of(entry.publish(event));
    }

    public Map<Class<?>, String> publishedTypes() {
        Map<Class<?>, String> types = new LinkedHashMap<>();
        entries.forEach((eventClass, entry) -> types.put(eventClass, entry.type() + "/v" + entry.version()));
        return types;
    }

    /** The contract type and version the event class is published under; empty for events that stay inside. */
    public Optional<ContractType> contractTypeOf(Class<?> eventClass) {
        Entry<?> entry = entries.get(eventClass);
        return entry == null ? Optional.empty() : Optional.of(new ContractType(entry.type(), entry.version()));
    }

    public record ContractType(String type, int version) {
    }

    /** The contract type, its version and the payload to publish. */
    public record PublishedEvent(String type, int version, Object data) {
    }

    private record Entry<E>(Class<E> eventClass, String type, int version, Function<E, ?> toPayload) {
        PublishedEvent publish(Object event) {
            return new PublishedEvent(type, version, toPayload.apply(eventClass.cast(event)));
        }
    }

    public static final class Builder {
        private final Map<Class<?>, Entry<?>> entries = new LinkedHashMap<>();

        /** Publishes the event as it is: its record components are the published fields. */
        public <E> Builder publish(Class<E> eventClass, String type, int version) {
            return publish(eventClass, type, version, Function.identity());
        }

        public <E> Builder publish(Class<E> eventClass, String type, int version, Function<E, ?> toPayload) {
            if (entries.putIfAbsent(eventClass, new Entry<>(eventClass, type, version, toPayload)) != null) {
                throw new IllegalArgumentException(eventClass.getName() + " is already published");
            }
            return this;
        }

        public PublishedEventCatalog build() {
            return new PublishedEventCatalog(entries);
        }
    }
}
