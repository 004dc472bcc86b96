package com.salesplatform.platform.access;

import static com.salesplatform.platform.access.Callers.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

class ScopePredicateTest {

    private static final CallerScope MANAGER = CallerScope.teamAndOwn(TEAM, "m-1");
    private static final CallerScope REP = CallerScope.own("r-1");

    private final List<Object> arguments = new ArrayList<>(List.of("earlier"));

    @Test
    void everythingIsTrueAndBindsNothing() {
        assertThat(ScopePredicate.ownerAndTeamColumns("rep_id", "team_id").sql(CallerScope.everything(), arguments))
                .isEqualTo("TRUE");
        assertThat(ScopePredicate.teamColumn("team_id").sql(CallerScope.everything(), arguments)).isEqualTo("TRUE");
        assertThat(arguments).containsExactly("earlier");
    }

    @Test
    void aTeamColumnOnTheRowIsComparedWithTheManagersTeamAndTheOwnerWithTheCaller() {
        assertThat(ScopePredicate.ownerAndTeamColumns("o.rep_id", "o.team_id").sql(MANAGER, arguments))
                .isEqualTo("(o.team_id = ? OR o.rep_id = ?)");
        assertThat(arguments).containsExactly("earlier", TEAM, "m-1");
    }

    @Test
    void aRepsScopeIsTheirOwnRows() {
        assertThat(ScopePredicate.ownerAndTeamColumns("rep_id", "team_id").sql(REP, arguments))
                .isEqualTo("(rep_id = ?)");
        assertThat(arguments).containsExactly("earlier", "r-1");
    }

    @Test
    void theOwnersTeamComesFromTheRosterReplicaWithOrWithoutDepartedReps() {
        assertThat(ScopePredicate.ownerInRosterTeam("c.owner_rep_id").sql(MANAGER, arguments))
                .isEqualTo("(c.owner_rep_id IN (SELECT rep_id FROM roster_replica_rep WHERE team_id = ?)"
                        + " OR c.owner_rep_id = ?)");
        assertThat(ScopePredicate.ownerInActiveRosterTeam("owner_id").sql(MANAGER, arguments))
                .isEqualTo("(owner_id IN (SELECT rep_id FROM roster_replica_rep WHERE team_id = ?"
                        + " AND hired_on IS NOT NULL AND departed_on IS NULL) OR owner_id = ?)");
        assertThat(arguments).containsExactly("earlier", TEAM, "m-1", TEAM, "m-1");
    }

    @Test
    void rowsOwnedByATeamAreAManagersTeamOnlyAndNothingForARep() {
        assertThat(ScopePredicate.teamColumn("owner_id").sql(MANAGER, arguments)).isEqualTo("(owner_id = ?)");
        assertThat(ScopePredicate.teamColumn("owner_id").sql(REP, arguments)).isEqualTo("FALSE");
        assertThat(arguments).containsExactly("earlier", TEAM);
    }

    @Test
    void namedParametersAreBoundByName() {
        MapSqlParameterSource parameters = new MapSqlParameterSource();

        String sql = ScopePredicate.ownerInRosterTeam("r.rep_id").sql(Callers.manager("m-1", TEAM), parameters);

        assertThat(sql).isEqualTo("(r.rep_id IN (SELECT rep_id FROM roster_replica_rep WHERE team_id = :scopeTeamId)"
                + " OR r.rep_id = :scopeRepId)");
        assertThat(parameters.getValues()).containsEntry("scopeTeamId", TEAM).containsEntry("scopeRepId", "m-1")
                .hasSize(2);
        assertThat(ScopePredicate.teamColumn("t.team_id").sql(Callers.rep("r-1", TEAM), new MapSqlParameterSource()))
                .isEqualTo("FALSE");
        assertThat(ScopePredicate.teamColumn("t.team_id").sql(Callers.integration(), new MapSqlParameterSource()))
                .isEqualTo("TRUE");
    }
}
