package com.salesplatform.targets.target.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads one aggregate's events straight from the event store, from sequence 0 (so never from a snapshot): the
 * source of the history and of the as-of views.
 */
@Component
class TargetEvents {

    private final EventStore eventStore;

    TargetEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    List<DomainEventMessage<?>> all(String aggregateId) {
        return upTo(aggregateId, Instant.MAX);
    }

    /** The events stored at or before {@code instant}, in their order. */
    List<DomainEventMessage<?>> upTo(String aggregateId, Instant instant) {
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
}
