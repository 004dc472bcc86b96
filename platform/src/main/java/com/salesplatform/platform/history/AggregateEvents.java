package com.salesplatform.platform.history;

import com.salesplatform.platform.axon.CallerCorrelationDataProvider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * One aggregate's events straight from the event store, from sequence 0 (never from a snapshot): the source of
 * every history and every as-of view.
 */
public class AggregateEvents {

    private final EventStore eventStore;

    public AggregateEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public List<DomainEventMessage<?>> all(String aggregateId) {
        return upTo(aggregateId, Instant.MAX);
    }

    /** The events stored at or before {@code instant}, in their order. */
    public List<DomainEventMessage<?>> upTo(String aggregateId, Instant instant) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0L);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(instant)) {
                break;
            }
            events.add(event);
        }
        return events;
    }

    /** Who caused the event (the caller's id), or null for the platform itself. */
    public static String actorOf(DomainEventMessage<?> event) {
        Object actor = event.getMetaData().get(CallerCorrelationDataProvider.ACTOR_ID);
        return actor == null ? null : actor.toString();
    }
}
