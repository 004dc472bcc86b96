package com.salesplatform.platform.roster;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who is in which team and who manages it, as this service has heard from performance-service: the same replica
 * in every consuming service ({@code sales.platform.roster-replica.enabled=true}), kept by the platform's roster
 * subscription from hires, transfers, promotions, departures, team creations and manager changes. A departed rep
 * keeps the team they left (their records stay with it) but is no longer active. A transfer counts from when it is
 * received, whatever its {@code effectiveOn}: new work follows the rep's new team at once.
 */
public class RosterReplica {

    /** The replica's tables, for a service's own SQL that joins them (names, counts). */
    public static final String REP_TABLE = "roster_replica_rep";
    public static final String TEAM_TABLE = "roster_replica_team";

    private static final String ACTIVE = "hired_on IS NOT NULL AND departed_on IS NULL";

    private final JdbcTemplate jdbc;

    public RosterReplica(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A subquery of the ids of {@code teamExpression}'s reps, departed ones included, e.g.
     * {@code "owner_id IN (" + RosterReplica.repsOfTeamSql("?") + ")"}.
     */
    public static String repsOfTeamSql(String teamExpression) {
        return "SELECT rep_id FROM " + REP_TABLE + " WHERE team_id = " + teamExpression;
    }

    /** The same as {@link #repsOfTeamSql}, without the reps who departed. */
    public static String activeRepsOfTeamSql(String teamExpression) {
        return repsOfTeamSql(teamExpression) + " AND " + ACTIVE;
    }

    /** A subquery of the manager of {@code teamExpression} (none when the team has no manager). */
    public static String managerOfTeamSql(String teamExpression) {
        return "SELECT manager_rep_id FROM " + TEAM_TABLE + " WHERE team_id = " + teamExpression
                + " AND manager_rep_id IS NOT NULL";
    }

    /** The rep's team: the current one, or for a departed rep the one they left. */
    public Optional<String> teamOf(String repId) {
        return jdbc.queryForList("SELECT team_id FROM " + REP_TABLE + " WHERE rep_id = ? AND team_id IS NOT NULL",
                String.class, repId).stream().findFirst();
    }

    /** The team of a rep who is active (hired, not departed). */
    public Optional<String> teamOfActiveRep(String repId) {
        return jdbc.queryForList("SELECT team_id FROM " + REP_TABLE + " WHERE rep_id = ? AND team_id IS NOT NULL AND "
                + ACTIVE, String.class, repId).stream().findFirst();
    }

    /** Whether the rep was hired and has not departed. */
    public boolean isActive(String repId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM " + REP_TABLE + " WHERE rep_id = ? AND " + ACTIVE + ")", Boolean.class,
                repId));
    }

    /** The rep's grade, once their hire or a promotion was received. */
    public Optional<Integer> gradeOf(String repId) {
        return jdbc.queryForList("SELECT grade FROM " + REP_TABLE + " WHERE rep_id = ? AND grade IS NOT NULL",
                Integer.class, repId).stream().findFirst();
    }

    public boolean teamExists(String teamId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM " + TEAM_TABLE + " WHERE team_id = ? AND name IS NOT NULL)",
                Boolean.class, teamId));
    }

    public Optional<String> managerOf(String teamId) {
        return jdbc.queryForList("SELECT manager_rep_id FROM " + TEAM_TABLE
                        + " WHERE team_id = ? AND manager_rep_id IS NOT NULL", String.class, teamId).stream().findFirst();
    }

    /** The teams {@code repId} manages now. */
    public List<String> teamsManagedBy(String repId) {
        return jdbc.queryForList("SELECT team_id FROM " + TEAM_TABLE + " WHERE manager_rep_id = ? ORDER BY team_id",
                String.class, repId);
    }

    /** The team's reps, departed ones included (they left from it). */
    public Set<String> repsOf(String teamId) {
        return Set.copyOf(jdbc.queryForList(repsOfTeamSql("?"), String.class, teamId));
    }

    /** The team's active reps. */
    public Set<String> activeRepsOf(String teamId) {
        return Set.copyOf(jdbc.queryForList(activeRepsOfTeamSql("?"), String.class, teamId));
    }
}
