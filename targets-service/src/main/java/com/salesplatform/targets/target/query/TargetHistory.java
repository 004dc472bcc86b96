package com.salesplatform.targets.target.query;

import com.salesplatform.platform.axon.CallerCorrelationDataProvider;
import com.salesplatform.targets.target.api.FindTargetHistoryQuery;
import com.salesplatform.targets.target.api.TargetAdjustedEvent;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** {@code GET /api/targets/{id}/history}: every stored event of the target, with actor, time and reason. */
@Component
class TargetHistory {

    private static final String EVENT_SUFFIX = "Event";

    private final TargetEvents events;

    TargetHistory(TargetEvents events) {
        this.events = events;
    }

    @QueryHandler
    List<TargetHistoryEntry> handle(FindTargetHistoryQuery query) {
        return events.all(query.targetId()).stream().map(TargetHistory::entry).toList();
    }

    private static TargetHistoryEntry entry(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        Object actor = event.getMetaData().get(CallerCorrelationDataProvider.ACTOR_ID);
        return new TargetHistoryEntry(event.getSequenceNumber(), contractType(payload), event.getTimestamp(),
                actor == null ? null : actor.toString(),
                payload instanceof TargetAdjustedEvent adjusted ? adjusted.reason() : null, payload);
    }

    /** The published name: the event class without its {@code Event} suffix (TargetAdjustedEvent → TargetAdjusted). */
    private static String contractType(Object payload) {
        String name = payload.getClass().getSimpleName();
        return name.endsWith(EVENT_SUFFIX) ? name.substring(0, name.length() - EVENT_SUFFIX.length()) : name;
    }
}
