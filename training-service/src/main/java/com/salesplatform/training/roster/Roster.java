package com.salesplatform.training.roster;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who is in which team, as far as this service has heard from performance-service (sales.performance.events). */
@Component
public class Roster {

    private final JdbcTemplate jdbc;

    Roster(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> teamOf(String repId) {
        return jdbc.queryForList("SELECT team_id FROM roster_rep WHERE rep_id = ?", String.class, repId)
                .stream().findFirst();
    }

    /** The teams {@code repId} manages. */
    public List<String> teamsManagedBy(String repId) {
        return jdbc.queryForList("SELECT team_id FROM roster_team WHERE manager_rep_id = ?", String.class, repId);
    }

    void recordTeam(String teamId, String name, String managerRepId) {
        jdbc.update("""
                INSERT INTO roster_team (team_id, name, manager_rep_id) VALUES (?, ?, ?)
                ON CONFLICT (team_id) DO UPDATE SET name = EXCLUDED.name, manager_rep_id = EXCLUDED.manager_rep_id""",
                teamId, name, managerRepId);
    }

    void recordRep(String repId, String teamId, String name) {
        jdbc.update("""
                INSERT INTO roster_rep (rep_id, team_id, name) VALUES (?, ?, ?)
                ON CONFLICT (rep_id) DO UPDATE SET team_id = EXCLUDED.team_id, name = EXCLUDED.name""",
                repId, teamId, name);
    }
}
