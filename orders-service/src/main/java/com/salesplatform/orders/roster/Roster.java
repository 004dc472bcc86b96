package com.salesplatform.orders.roster;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The team of each rep, as far as this service has heard from performance-service. */
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

    void recordRep(String repId, String teamId) {
        jdbc.update("""
                INSERT INTO roster_rep (rep_id, team_id) VALUES (?, ?)
                ON CONFLICT (rep_id) DO UPDATE SET team_id = EXCLUDED.team_id""", repId, teamId);
    }
}
