package com.salesplatform.reporting.access;

import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Whose figures a caller may see, as SQL over a rep-id column: ADMIN and INTEGRATION everyone's, a MANAGER their
 * team's reps (from the roster replica) and their own, a REP only their own. Binds {@code :callerId} and
 * {@code :callerTeam}.
 */
public final class ReportVisibility {

    private ReportVisibility() {
    }

    /** A predicate on {@code repColumn}, e.g. {@code o.rep_id}. */
    public static String repsVisibleTo(CallerIdentity caller, String repColumn, MapSqlParameterSource parameters) {
        if (seesEveryone(caller)) {
            return "TRUE";
        }
        parameters.addValue("callerId", caller.subject());
        if (caller.has(Role.MANAGER) && caller.teamId().isPresent()) {
            parameters.addValue("callerTeam", caller.teamId().get());
            return "(" + repColumn + " = :callerId OR " + repColumn
                    + " IN (" + RosterReplica.repsOfTeamSql(":callerTeam") + "))";
        }
        return repColumn + " = :callerId";
    }

    /** A predicate on a team-id column: only a manager's own team, or every team for those who see everyone. */
    public static String teamsVisibleTo(CallerIdentity caller, String teamColumn, MapSqlParameterSource parameters) {
        if (seesEveryone(caller)) {
            return "TRUE";
        }
        if (caller.has(Role.MANAGER) && caller.teamId().isPresent()) {
            parameters.addValue("callerTeam", caller.teamId().get());
            return teamColumn + " = :callerTeam";
        }
        return "FALSE";
    }

    public static boolean seesEveryone(CallerIdentity caller) {
        return caller.isAdmin() || caller.has(Role.INTEGRATION);
    }
}
