package com.salesplatform.reporting.roster;

import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who is in which team, from the roster replica. */
@Component
public class RosterDirectory {

    private final JdbcTemplate jdbc;

    RosterDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> teamOf(String repId) {
        return jdbc.queryForList("SELECT team_id FROM roster_rep WHERE rep_id = ?", String.class, repId)
                .stream().findFirst();
    }

    public Set<String> repsOf(String teamId) {
        return Set.copyOf(jdbc.queryForList("SELECT rep_id FROM roster_rep WHERE team_id = ?", String.class, teamId));
    }
}
