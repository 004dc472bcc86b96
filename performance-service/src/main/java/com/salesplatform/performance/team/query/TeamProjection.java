package com.salesplatform.performance.team.query;

import com.salesplatform.performance.team.api.FindTeamQuery;
import com.salesplatform.performance.team.api.FindTeamsQuery;
import com.salesplatform.performance.team.api.TeamCreatedEvent;
import com.salesplatform.performance.team.api.TeamManagerAssignedEvent;
import com.salesplatform.performance.team.api.TeamVisibility;
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
 * The {@code team_view} read model. A subscribing processor: it is written in the command's transaction, so a
 * client that follows the {@code Location} of a new team finds it at once.
 */
@Component
@ProcessingGroup("roster-view")
public class TeamProjection {

    private final JdbcTemplate jdbc;

    TeamProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TeamCreatedEvent event, @Timestamp Instant occurredAt) {
        jdbc.update("""
                        INSERT INTO team_view (team_id, name, manager_rep_id, created_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (team_id) DO NOTHING""",
                event.teamId(), event.name(), event.managerRepId(), java.sql.Timestamp.from(occurredAt));
    }

    @EventHandler
    void on(TeamManagerAssignedEvent event) {
        jdbc.update("UPDATE team_view SET manager_rep_id = ? WHERE team_id = ?", event.managerRepId(), event.teamId());
    }

    @QueryHandler
    Optional<TeamView> handle(FindTeamQuery query) {
        return jdbc.query("SELECT * FROM team_view WHERE team_id = ?", this::row, query.teamId())
                .stream().findFirst();
    }

    @QueryHandler
    TeamList handle(FindTeamsQuery query) {
        List<Object> arguments = new ArrayList<>();
        String where = visibleTo(query.visibility(), arguments);
        Long total = jdbc.queryForObject("SELECT count(*) FROM team_view" + where, Long.class, arguments.toArray());
        arguments.add(query.page().size());
        arguments.add(query.page().offset());
        List<TeamView> items = jdbc.query("SELECT * FROM team_view" + where + " ORDER BY name, team_id LIMIT ? OFFSET ?",
                this::row, arguments.toArray());
        return new TeamList(items, total == null ? 0 : total);
    }

    private static String visibleTo(TeamVisibility visibility, List<Object> arguments) {
        if (visibility.all()) {
            return "";
        }
        arguments.add(visibility.teamId());
        return " WHERE team_id = ?";
    }

    private TeamView row(ResultSet rs, int rowNum) throws SQLException {
        return new TeamView(rs.getString("team_id"), rs.getString("name"), rs.getString("manager_rep_id"),
                rs.getTimestamp("created_at").toInstant());
    }
}
