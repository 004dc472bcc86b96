package com.salesplatform.performance.team.command;

import com.salesplatform.performance.team.api.TeamCreatedEvent;
import com.salesplatform.platform.rejection.RuleViolationException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The set of existing teams and their names, for the rules no single aggregate can check: a team name is unique
 * (ignoring case and surrounding or repeated blanks), and a rep joins a team that exists. A subscribing handler keeps
 * it in the transaction that stores {@link TeamCreatedEvent}, so the next command sees it at once; of two concurrent
 * creations of one name, the later fails on the unique index and its whole command is rolled back.
 */
@Component
@ProcessingGroup(TeamDirectory.PROCESSING_GROUP)
public class TeamDirectory {

    public static final String PROCESSING_GROUP = "team-directory";

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final JdbcTemplate jdbc;

    TeamDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String teamId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM team_directory WHERE team_id = ?)", Boolean.class, teamId));
    }

    public boolean nameTaken(String name) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM team_directory WHERE name_key = ?)", Boolean.class, key(name)));
    }

    @EventHandler
    void on(TeamCreatedEvent event) {
        try {
            jdbc.update("INSERT INTO team_directory (team_id, name_key) VALUES (?, ?) ON CONFLICT (team_id) DO NOTHING",
                    event.teamId(), key(event.name()));
        } catch (DuplicateKeyException concurrentTwin) {
            throw new RuleViolationException(Team.nameTakenMessage(event.name()));
        }
    }

    /** The form two names are compared in: "Team  East" and " team east" are the same name. */
    static String key(String name) {
        return BLANKS.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
