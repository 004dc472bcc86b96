package com.salesplatform.training.session.query;

import com.salesplatform.training.course.api.CourseCategory;
import com.salesplatform.training.session.api.CourseCompletedEvent;
import com.salesplatform.training.session.api.EnrollmentWithdrawnEvent;
import com.salesplatform.training.session.api.FindSessionQuery;
import com.salesplatform.training.session.api.RepEnrolledEvent;
import com.salesplatform.training.session.api.RepPromotedFromWaitingListEvent;
import com.salesplatform.training.session.api.RepWaitlistedEvent;
import com.salesplatform.training.session.api.SessionAttendedEvent;
import com.salesplatform.training.session.api.SessionScheduledEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import com.salesplatform.training.session.api.FindSessionsQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code session_view} and {@code session_participant}: every session and every rep's place in it (seat, waiting
 * list, withdrawn), attendance and assessment result. The training record reads the participants too.
 */
@Component
@ProcessingGroup("session-view")
public class SessionProjection {

    private final JdbcTemplate jdbc;

    SessionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SessionScheduledEvent event) {
        jdbc.update("""
                        INSERT INTO session_view (session_id, course_id, category, starts_at, trainer, capacity, location,
                                                  duration_hours, pass_mark)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session_id) DO NOTHING""",
                event.sessionId(), event.courseId(), event.category().name(),
                java.sql.Timestamp.from(event.startsAt()), event.trainer(), event.capacity(), event.location(),
                event.durationHours(), event.passMark());
    }

    @EventHandler
    void on(RepEnrolledEvent event, @SequenceNumber long sequence) {
        place(event.sessionId(), event.repId(), "ENROLLED", sequence);
    }

    @EventHandler
    void on(RepWaitlistedEvent event, @SequenceNumber long sequence) {
        place(event.sessionId(), event.repId(), "WAITLISTED", sequence);
    }

    @EventHandler
    void on(RepPromotedFromWaitingListEvent event) {
        setStatus(event.sessionId(), event.repId(), "ENROLLED");
    }

    @EventHandler
    void on(EnrollmentWithdrawnEvent event) {
        setStatus(event.sessionId(), event.repId(), "WITHDRAWN");
    }

    @EventHandler
    void on(SessionAttendedEvent event) {
        jdbc.update("UPDATE session_participant SET attended = TRUE, hours = ? WHERE session_id = ? AND rep_id = ?",
                event.hours(), event.sessionId(), event.repId());
    }

    @EventHandler
    void on(CourseCompletedEvent event) {
        jdbc.update("""
                        UPDATE session_participant SET score = ?, passed = ?, completed_on = ?
                        WHERE session_id = ? AND rep_id = ?""",
                event.score(), event.passed(), java.sql.Date.valueOf(event.completedOn()), event.sessionId(),
                event.repId());
    }

    private void place(String sessionId, String repId, String status, long sequence) {
        // A rep who withdrew may enrol again: their new place is at the end of the line.
        jdbc.update("""
                INSERT INTO session_participant (session_id, rep_id, status, placed_at_sequence) VALUES (?, ?, ?, ?)
                ON CONFLICT (session_id, rep_id) DO UPDATE
                    SET status = EXCLUDED.status, placed_at_sequence = EXCLUDED.placed_at_sequence""",
                sessionId, repId, status, sequence);
    }

    private void setStatus(String sessionId, String repId, String status) {
        jdbc.update("UPDATE session_participant SET status = ? WHERE session_id = ? AND rep_id = ?",
                status, sessionId, repId);
    }

    @QueryHandler
    Optional<SessionView> handle(FindSessionQuery query) {
        return jdbc.query("SELECT * FROM session_view WHERE session_id = ?", this::row, query.sessionId())
                .stream().findFirst();
    }

    @QueryHandler
    SessionList handle(FindSessionsQuery query) {
        List<Object> arguments = new ArrayList<>(List.of(java.sql.Timestamp.from(query.from())));
        String where = " WHERE starts_at >= ?";
        if (query.courseId() != null) {
            where += " AND course_id = ?";
            arguments.add(query.courseId());
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM session_view" + where, Long.class, arguments.toArray());
        arguments.add(query.page().size());
        arguments.add(query.page().offset());
        List<SessionView> items = jdbc.query("SELECT * FROM session_view" + where
                + " ORDER BY starts_at, session_id LIMIT ? OFFSET ?", this::row, arguments.toArray());
        return new SessionList(items, total == null ? 0 : total);
    }

    private SessionView row(ResultSet rs, int rowNum) throws SQLException {
        String sessionId = rs.getString("session_id");
        return new SessionView(sessionId, rs.getString("course_id"), CourseCategory.valueOf(rs.getString("category")),
                rs.getTimestamp("starts_at").toInstant(), rs.getString("trainer"), rs.getInt("capacity"),
                rs.getString("location"), rs.getBigDecimal("duration_hours"), rs.getInt("pass_mark"),
                repsWith(sessionId, "ENROLLED"), repsWith(sessionId, "WAITLISTED"));
    }

    private List<String> repsWith(String sessionId, String status) {
        return jdbc.queryForList("""
                SELECT rep_id FROM session_participant WHERE session_id = ? AND status = ?
                ORDER BY placed_at_sequence""", String.class, sessionId, status);
    }
}
