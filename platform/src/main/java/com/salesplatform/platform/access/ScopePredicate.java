package com.salesplatform.platform.access;

import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.security.CallerIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A {@link CallerScope} as an SQL condition over a service's own columns, its values always bound: {@code TRUE} for
 * everything, otherwise the rows of the scope's team or owned by the scope's rep (or {@code FALSE} when the scope
 * covers nothing this table holds). Where the team of a row comes from is chosen once per table:
 * {@link #ownerAndTeamColumns} (a team column on the row), {@link #ownerInRosterTeam} (the owner's team in the
 * platform's roster replica, departed reps counted with the team they left), {@link #ownerInActiveRosterTeam} (only
 * its active reps), {@link #teamColumn} (rows that are a team's own, no owner).
 */
public final class ScopePredicate {

    private final String ownerColumn;
    private final Function<String, String> teamCondition;

    private ScopePredicate(String ownerColumn, Function<String, String> teamCondition) {
        this.ownerColumn = ownerColumn;
        this.teamCondition = teamCondition;
    }

    public static ScopePredicate ownerAndTeamColumns(String ownerColumn, String teamColumn) {
        return new ScopePredicate(ownerColumn, parameter -> teamColumn + " = " + parameter);
    }

    public static ScopePredicate ownerInRosterTeam(String ownerColumn) {
        return new ScopePredicate(ownerColumn,
                parameter -> ownerColumn + " IN (" + RosterReplica.repsOfTeamSql(parameter) + ")");
    }

    public static ScopePredicate ownerInActiveRosterTeam(String ownerColumn) {
        return new ScopePredicate(ownerColumn,
                parameter -> ownerColumn + " IN (" + RosterReplica.activeRepsOfTeamSql(parameter) + ")");
    }

    public static ScopePredicate teamColumn(String teamColumn) {
        return new ScopePredicate(null, parameter -> teamColumn + " = " + parameter);
    }

    /** With {@code ?} placeholders, their values appended to {@code arguments} in order. */
    public String sql(CallerScope scope, List<Object> arguments) {
        return render(scope, value -> {
            arguments.add(value);
            return "?";
        }, value -> {
            arguments.add(value);
            return "?";
        });
    }

    /** {@link #sql(CallerScope, MapSqlParameterSource)} for the caller's scope. */
    public String sql(CallerIdentity caller, MapSqlParameterSource parameters) {
        return sql(CallerScope.of(caller), parameters);
    }

    /** With named parameters {@code :scopeTeamId} and {@code :scopeRepId}, added to {@code parameters}. */
    public String sql(CallerScope scope, MapSqlParameterSource parameters) {
        return render(scope, value -> {
            parameters.addValue("scopeTeamId", value);
            return ":scopeTeamId";
        }, value -> {
            parameters.addValue("scopeRepId", value);
            return ":scopeRepId";
        });
    }

    private String render(CallerScope scope, Function<String, String> bindTeam, Function<String, String> bindRep) {
        if (scope.all()) {
            return "TRUE";
        }
        List<String> visible = new ArrayList<>();
        if (scope.teamId() != null) {
            visible.add(teamCondition.apply(bindTeam.apply(scope.teamId())));
        }
        if (scope.repId() != null && ownerColumn != null) {
            visible.add(ownerColumn + " = " + bindRep.apply(scope.repId()));
        }
        return visible.isEmpty() ? "FALSE" : "(" + String.join(" OR ", visible) + ")";
    }
}
