package com.salesplatform.targets.target.query;

import com.salesplatform.platform.history.AggregateEvents;
import com.salesplatform.targets.target.api.FindTargetAsOfQuery;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/targets/{id}?asOf=}: the target, its children and its allocation as they were at an instant,
 * rebuilt from the event store rather than from a read model that could have been forgotten.
 */
@Component
class TargetAsOf {

    private final AggregateEvents events;

    TargetAsOf(AggregateEvents events) {
        this.events = events;
    }

    @QueryHandler
    Optional<TargetView> handle(FindTargetAsOfQuery query) {
        return replay(query.targetId(), query.asOf()).map(target -> target.definition().with(
                target.childIds().stream()
                        .flatMap(childId -> replayPart(childId, query.asOf()).stream())
                        .map(TargetReplay::asChild)
                        .toList(),
                target.allocations(), null));
    }

    private Optional<TargetReplay> replay(String targetId, Instant asOf) {
        return TargetReplay.of(events.upTo(targetId, asOf));
    }

    /**
     * A part is set in the same unit of work as the decomposition naming it, but stamped a moment later: its first
     * event belongs to any instant at which the decomposition had happened.
     */
    private Optional<TargetReplay> replayPart(String partId, Instant asOf) {
        return TargetReplay.of(events.all(partId).stream()
                .filter(event -> event.getSequenceNumber() == 0 || !event.getTimestamp().isAfter(asOf))
                .toList());
    }
}
