package com.salesplatform.platform.access;

import static com.salesplatform.platform.access.Callers.OTHER_TEAM;
import static com.salesplatform.platform.access.Callers.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesplatform.platform.roster.RosterReplica;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The scope applied to one object by its owner's team in the roster. The replica's SQL is proven against
 * PostgreSQL by platform-test's {@code RosterReplicaContract}; here it answers from a fixed roster.
 */
class OwnerScopeTest {

    private static final String ACTIVE_REP = "r-active";
    private static final String DEPARTED_REP = "r-departed";
    private static final String OTHER_TEAMS_REP = "r-other";

    private final OwnerScope owners = new OwnerScope(new FixedRoster(
            Map.of(ACTIVE_REP, TEAM, DEPARTED_REP, TEAM, OTHER_TEAMS_REP, OTHER_TEAM), Set.of(DEPARTED_REP)));

    @Test
    void aManagerSeesTheirTeamsRepsDepartedOnesIncludedUnlessOnlyActiveRepsCount() {
        var manager = Callers.manager("m-1", TEAM);

        assertThat(owners.covers(manager, ACTIVE_REP)).isTrue();
        assertThat(owners.covers(manager, DEPARTED_REP)).isTrue();
        assertThat(owners.coversActive(manager, DEPARTED_REP)).isFalse();
        assertThat(owners.covers(manager, OTHER_TEAMS_REP)).isFalse();
        assertThat(owners.covers(manager, "m-1")).isTrue();
        assertThat(owners.covers(manager, null)).isFalse();
    }

    @Test
    void whoSeesEverythingSeesObjectsWithoutAnOwnerAndARepOnlyTheirOwn() {
        assertThat(owners.covers(Callers.integration(), null)).isTrue();
        assertThat(owners.coversActive(Callers.admin(), OTHER_TEAMS_REP)).isTrue();
        assertThat(owners.covers(Callers.rep(ACTIVE_REP, TEAM), ACTIVE_REP)).isTrue();
        assertThat(owners.covers(Callers.rep(ACTIVE_REP, TEAM), DEPARTED_REP)).isFalse();
    }

    @Test
    void managingAndOverseeingFollowTheOwnersTeamNeverTheManagerThemself() {
        var manager = Callers.manager("m-1", TEAM);

        assertThat(owners.managesTeamOf(manager, DEPARTED_REP)).isTrue();
        assertThat(owners.managesTeamOfActive(manager, DEPARTED_REP)).isFalse();
        assertThat(owners.managesTeamOf(manager, OTHER_TEAMS_REP)).isFalse();
        assertThat(owners.oversees(manager, ACTIVE_REP)).isTrue();
        assertThat(owners.overseesActive(manager, DEPARTED_REP)).isFalse();
        assertThat(owners.oversees(Callers.manager(ACTIVE_REP, TEAM), ACTIVE_REP)).isFalse();
        assertThat(owners.oversees(Callers.admin(), OTHER_TEAMS_REP)).isTrue();
    }

    /** The replica's answers for a fixed roster. */
    private static final class FixedRoster extends RosterReplica {

        private final Map<String, String> teams;
        private final Set<String> departed;

        FixedRoster(Map<String, String> teams, Set<String> departed) {
            super(null);
            this.teams = teams;
            this.departed = departed;
        }

        @Override
        public Optional<String> teamOf(String repId) {
            return Optional.ofNullable(teams.get(repId));
        }

        @Override
        public Optional<String> teamOfActiveRep(String repId) {
            return departed.contains(repId) ? Optional.empty() : teamOf(repId);
        }
    }
}
