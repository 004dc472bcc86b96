package com.salesplatform.platform.history;

import com.salesplatform.platform.publishing.PublishedEventCatalog;
import com.salesplatform.platform.publishing.PublishedEventCatalog.ContractType;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Revision;

/**
 * Every aggregate's history, read one way: the events of its stream, oldest first, one page at a time, each named
 * by the type and version it is published under (for events that stay inside the service: the class name without
 * {@code Event} and the event's {@code @Revision}).
 */
public class EventHistory {

    private static final String EVENT_SUFFIX = "Event";
    private static final String REASON = "reason";

    private final AggregateEvents events;
    private final Optional<PublishedEventCatalog> catalog;

    public EventHistory(AggregateEvents events, Optional<PublishedEventCatalog> catalog) {
        this.events = events;
        this.catalog = catalog;
    }

    /** The page of the aggregate's history; empty when no such aggregate was ever stored. */
    public Optional<PageResponse<HistoryEntry>> of(String aggregateId, PageQuery page) {
        return of(aggregateId, page, DomainEventMessage::getPayload);
    }

    /**
     * As {@link #of(String, PageQuery)}, with the fields of each event as {@code dataOf} shows them (for example
     * with sealed personal data opened with the key as it is now).
     */
    public Optional<PageResponse<HistoryEntry>> of(String aggregateId, PageQuery page,
                                                   Function<DomainEventMessage<?>, Object> dataOf) {
        List<DomainEventMessage<?>> stream = events.all(aggregateId);
        if (stream.isEmpty()) {
            return Optional.empty();
        }
        List<HistoryEntry> entries = stream.stream()
                .skip(page.offset())
                .limit(page.size())
                .map(event -> entry(event, dataOf.apply(event)))
                .toList();
        return Optional.of(PageResponse.of(entries, page, stream.size()));
    }

    private HistoryEntry entry(DomainEventMessage<?> event, Object data) {
        ContractType type = typeOf(event.getPayloadType());
        return new HistoryEntry(event.getIdentifier(), type.type(), type.version(), event.getSequenceNumber(),
                event.getTimestamp(), AggregateEvents.actorOf(event), reasonOf(event.getPayload()), data);
    }

    private ContractType typeOf(Class<?> payloadType) {
        return catalog.flatMap(published -> published.contractTypeOf(payloadType))
                .orElseGet(() -> new ContractType(internalName(payloadType), revisionOf(payloadType)));
    }

    private static String internalName(Class<?> payloadType) {
        String name = payloadType.getSimpleName();
        return name.endsWith(EVENT_SUFFIX) ? name.substring(0, name.length() - EVENT_SUFFIX.length()) : name;
    }

    /** An internal event's {@code @Revision} when it is a whole number, else 1. */
    private static int revisionOf(Class<?> payloadType) {
        Revision revision = payloadType.getAnnotation(Revision.class);
        if (revision == null || !revision.value().matches("[1-9][0-9]{0,8}")) {
            return 1;
        }
        return Integer.parseInt(revision.value());
    }

    private static String reasonOf(Object payload) {
        if (!payload.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals(REASON) && component.getType() == String.class) {
                try {
                    return (String) component.getAccessor().invoke(payload);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read the reason of " + payload.getClass(), e);
                }
            }
        }
        return null;
    }
}
