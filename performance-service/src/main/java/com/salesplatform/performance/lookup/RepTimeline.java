package com.salesplatform.performance.lookup;

import com.salesplatform.performance.rep.api.RepDepartedEvent;
import com.salesplatform.performance.rep.api.RepHiredEvent;
import com.salesplatform.performance.rep.api.RepPromotedEvent;
import com.salesplatform.performance.rep.api.RepTransferredEvent;
import com.salesplatform.platform.history.AggregateEvents;
import com.salesplatform.platform.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A rep straight from the event store, as the roster stood on a given date (their team on that date is what
 * appraisals and payouts use).
 */
@Component
public class RepTimeline {

    private final AggregateEvents events;
    private final JdbcTemplate jdbc;
    private final BusinessCalendar calendar;

    RepTimeline(AggregateEvents events, JdbcTemplate jdbc, BusinessCalendar calendar) {
        this.calendar = calendar;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** The rep on {@code date}: empty when they were not hired yet (or do not exist). */
    public Optional<RepStanding> asOf(String repId, LocalDate date) {
        return asOf(repId, date, Instant.MAX);
    }

    /** The rep on {@code date} as the roster was recorded at {@code knownAt} (later corrections not counted). */
    public Optional<RepStanding> asOf(String repId, LocalDate date, Instant knownAt) {
        RepStanding standing = null;
        for (DomainEventMessage<?> message : stream(repId)) {
            if (message.getTimestamp().isAfter(knownAt)) {
                break;
            }
            Object event = message.getPayload();
            if (event instanceof RepHiredEvent hired && !hired.hiredOn().isAfter(date)) {
                standing = new RepStanding(hired.repId(), hired.name(), hired.teamId(), hired.grade(), hired.hiredOn(),
                        null);
            } else if (standing == null) {
                return Optional.empty();
            } else if (event instanceof RepTransferredEvent moved && !moved.effectiveOn().isAfter(date)) {
                standing = standing.inTeam(moved.toTeamId());
            } else if (event instanceof RepPromotedEvent promoted && !dateOf(message).isAfter(date)) {
                standing = standing.atGrade(promoted.toGrade());
            } else if (event instanceof RepDepartedEvent departed && !departed.departedOn().isAfter(date)) {
                standing = standing.leftOn(departed.departedOn());
            }
        }
        return Optional.ofNullable(standing);
    }

    /** Every rep ever hired, from the event store itself. */
    public List<String> everyRepId() {
        return jdbc.queryForList("SELECT DISTINCT aggregate_identifier FROM domain_event_entry WHERE type = 'Rep' "
                + "ORDER BY aggregate_identifier", String.class);
    }

    private List<DomainEventMessage<?>> stream(String repId) {
        return events.all(repId);
    }

    private LocalDate dateOf(DomainEventMessage<?> message) {
        return calendar.dateOf(message.getTimestamp());
    }
}
