package com.salesplatform.training.meeting.query;

import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.training.meeting.api.ActionItemAssignedEvent;
import com.salesplatform.training.meeting.api.ActionItemCompletedEvent;
import com.salesplatform.training.meeting.api.ActionItemOverdueEvent;
import com.salesplatform.training.meeting.api.Department;
import com.salesplatform.training.meeting.api.FindMeetingQuery;
import com.salesplatform.training.meeting.api.FindMeetingsQuery;
import com.salesplatform.training.meeting.api.MeetingKind;
import com.salesplatform.training.meeting.api.MeetingScheduledEvent;
import com.salesplatform.training.meeting.api.MinutesRecordedEvent;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code meeting_view} and {@code action_item_view}. */
@Component
@ProcessingGroup("meeting-view")
public class MeetingProjection {

    private final JdbcTemplate jdbc;

    MeetingProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MeetingScheduledEvent event) {
        jdbc.update("""
                        INSERT INTO meeting_view (meeting_id, kind, organiser_id, scheduled_at, agenda, departments,
                                                  participant_rep_ids)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (meeting_id) DO NOTHING""",
                event.meetingId(), event.kind().name(), event.organiserId(), Timestamp.from(event.scheduledAt()),
                event.agenda(), event.departments().stream().map(Enum::name).toArray(String[]::new),
                event.participantRepIds().toArray(String[]::new));
    }

    @EventHandler
    void on(MinutesRecordedEvent event) {
        jdbc.update("UPDATE meeting_view SET minutes = ? WHERE meeting_id = ?", event.minutes(), event.meetingId());
    }

    @EventHandler
    void on(ActionItemAssignedEvent event) {
        jdbc.update("""
                        INSERT INTO action_item_view (action_item_id, meeting_id, description, owner_id, due_at, status)
                        VALUES (?, ?, ?, ?, ?, 'OPEN') ON CONFLICT (action_item_id) DO NOTHING""",
                event.actionItemId(), event.meetingId(), event.description(), event.ownerId(),
                Timestamp.from(event.dueAt()));
    }

    @EventHandler
    void on(ActionItemOverdueEvent event) {
        jdbc.update("UPDATE action_item_view SET status = 'OVERDUE' WHERE action_item_id = ? AND status = 'OPEN'",
                event.actionItemId());
    }

    @EventHandler
    void on(ActionItemCompletedEvent event, @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        jdbc.update("""
                        UPDATE action_item_view SET status = 'COMPLETED', completed_at = ?, completed_late = ?
                        WHERE action_item_id = ?""",
                Timestamp.from(occurredAt), event.late(), event.actionItemId());
    }

    @QueryHandler
    Optional<MeetingView> handle(FindMeetingQuery query) {
        return jdbc.query("SELECT * FROM meeting_view WHERE meeting_id = ?", this::meeting, query.meetingId())
                .stream().findFirst();
    }

    @QueryHandler
    MeetingList handle(FindMeetingsQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (query.from() != null) {
            conditions.add("m.scheduled_at >= ?");
            arguments.add(java.sql.Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            conditions.add("m.scheduled_at < ?");
            arguments.add(java.sql.Timestamp.from(query.to()));
        }
        if (query.kind() != null) {
            conditions.add("m.kind = ?");
            arguments.add(query.kind().name());
        }
        if (query.involving() != null) {
            String involving = "m.organiser_id = ? OR ? = ANY (m.participant_rep_ids) OR EXISTS (SELECT 1 FROM"
                    + " action_item_view a WHERE a.meeting_id = m.meeting_id AND a.owner_id = ?)";
            arguments.addAll(List.of(query.involving(), query.involving(), query.involving()));
            if (query.organisedInTeam() != null) {
                involving += " OR m.organiser_id IN (" + RosterReplica.repsOfTeamSql("?")
                        + " UNION " + RosterReplica.managerOfTeamSql("?") + ")";
                arguments.addAll(List.of(query.organisedInTeam(), query.organisedInTeam()));
            }
            conditions.add("(" + involving + ")");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Long total = jdbc.queryForObject("SELECT count(*) FROM meeting_view m" + where, Long.class,
                arguments.toArray());
        arguments.add(query.limit());
        arguments.add(query.offset());
        List<MeetingView> items = jdbc.query("SELECT m.* FROM meeting_view m" + where
                + " ORDER BY m.scheduled_at, m.meeting_id LIMIT ? OFFSET ?", this::meeting, arguments.toArray());
        return new MeetingList(items, total == null ? 0 : total);
    }

    private MeetingView meeting(ResultSet rs, int row) throws SQLException {
        String meetingId = rs.getString("meeting_id");
        List<Department> departments = strings(rs.getArray("departments")).stream().map(Department::valueOf).toList();
        return new MeetingView(meetingId, MeetingKind.valueOf(rs.getString("kind")), rs.getString("organiser_id"),
                rs.getTimestamp("scheduled_at").toInstant(), rs.getString("agenda"), departments,
                strings(rs.getArray("participant_rep_ids")), rs.getString("minutes"), actionItems(meetingId));
    }

    private List<MeetingView.ActionItemView> actionItems(String meetingId) {
        return jdbc.query("SELECT * FROM action_item_view WHERE meeting_id = ? ORDER BY due_at, action_item_id",
                (rs, row) -> new MeetingView.ActionItemView(rs.getString("action_item_id"),
                        rs.getString("description"), rs.getString("owner_id"), rs.getTimestamp("due_at").toInstant(),
                        rs.getString("status"),
                        Optional.ofNullable(rs.getTimestamp("completed_at")).map(Timestamp::toInstant).orElse(null),
                        rs.getBoolean("completed_late")), meetingId);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
