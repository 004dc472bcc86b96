package com.salesplatform.performance.rep.query;

import com.salesplatform.performance.rep.api.FindRepQuery;
import com.salesplatform.performance.rep.api.FindRepsQuery;
import com.salesplatform.performance.rep.api.RepDepartedEvent;
import com.salesplatform.performance.rep.api.RepHiredEvent;
import com.salesplatform.performance.rep.api.RepPromotedEvent;
import com.salesplatform.performance.rep.api.RepTransferredEvent;
import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.access.ScopePredicate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code rep_view} read model, in the same subscribing processor as the teams: written in the command's
 * transaction, so a new rep is found at once.
 */
@Component
@ProcessingGroup("roster-view")
public class RepProjection {

    private static final String SELECT = """
            SELECT r.rep_id, r.name, r.team_id, t.name AS team_name, r.grade, r.hired_on, r.departed_on
            FROM rep_view r LEFT JOIN team_view t ON t.team_id = r.team_id""";

    private final JdbcTemplate jdbc;

    RepProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RepHiredEvent event, @Timestamp Instant occurredAt) {
        jdbc.update("""
                        INSERT INTO rep_view (rep_id, name, team_id, grade, hired_on, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (rep_id) DO NOTHING""",
                event.repId(), event.name(), event.teamId(), event.grade(), java.sql.Date.valueOf(event.hiredOn()),
                java.sql.Timestamp.from(occurredAt));
    }

    @EventHandler
    void on(RepTransferredEvent event, @Timestamp Instant occurredAt) {
        update("team_id = ?", event.repId(), occurredAt, event.toTeamId());
    }

    @EventHandler
    void on(RepPromotedEvent event, @Timestamp Instant occurredAt) {
        update("grade = ?", event.repId(), occurredAt, event.toGrade());
    }

    @EventHandler
    void on(RepDepartedEvent event, @Timestamp Instant occurredAt) {
        update("departed_on = ?", event.repId(), occurredAt, java.sql.Date.valueOf(event.departedOn()));
    }

    private void update(String assignment, String repId, Instant occurredAt, Object value) {
        jdbc.update("UPDATE rep_view SET " + assignment + ", updated_at = ? WHERE rep_id = ?",
                value, java.sql.Timestamp.from(occurredAt), repId);
    }

    @QueryHandler
    Optional<RepView> handle(FindRepQuery query) {
        return jdbc.query(SELECT + " WHERE r.rep_id = ?", this::row, query.repId()).stream().findFirst();
    }

    @QueryHandler
    RepList handle(FindRepsQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (query.teamId() != null) {
            conditions.add("r.team_id = ?");
            arguments.add(query.teamId());
        }
        visibleTo(query.visibility(), conditions, arguments);
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Long total = jdbc.queryForObject("SELECT count(*) FROM rep_view r" + where, Long.class, arguments.toArray());
        arguments.add(query.page().size());
        arguments.add(query.page().offset());
        List<RepView> items = jdbc.query(SELECT + where + " ORDER BY r.name, r.rep_id LIMIT ? OFFSET ?", this::row,
                arguments.toArray());
        return new RepList(items, total == null ? 0 : total);
    }

    /** A rep is their own; a manager's scope holds the reps of their team. */
    private static void visibleTo(CallerScope visibility, List<String> conditions, List<Object> arguments) {
        conditions.add(ScopePredicate.ownerAndTeamColumns("r.rep_id", "r.team_id").sql(visibility, arguments));
    }

    private RepView row(ResultSet rs, int rowNum) throws SQLException {
        return new RepView(rs.getString("rep_id"), rs.getString("name"), rs.getString("team_id"),
                rs.getString("team_name"), rs.getInt("grade"), rs.getObject("hired_on", java.time.LocalDate.class),
                rs.getObject("departed_on", java.time.LocalDate.class));
    }
}
