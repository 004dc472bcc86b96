package com.salesplatform.platform.access;

import static com.salesplatform.platform.access.Callers.OTHER_TEAM;
import static com.salesplatform.platform.access.Callers.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallerScopeTest {

    @Test
    void adminAndIntegrationSeeEverything() {
        assertThat(CallerScope.of(Callers.admin())).isEqualTo(CallerScope.everything());
        assertThat(CallerScope.of(Callers.integration())).isEqualTo(CallerScope.everything());
        assertThat(CallerScope.everything().covers("anyone", "any-team")).isTrue();
        assertThat(CallerScope.everything().covers(null, null)).isTrue();
        assertThat(CallerScope.everything().coversTeam(OTHER_TEAM)).isTrue();
    }

    @Test
    void aManagerSeesTheirTeamAndThemself() {
        CallerScope scope = CallerScope.of(Callers.manager("m-1", TEAM));

        assertThat(scope).isEqualTo(CallerScope.teamAndOwn(TEAM, "m-1"));
        assertThat(scope.team()).contains(TEAM);
        assertThat(scope.covers("r-1", TEAM)).isTrue();
        assertThat(scope.covers("m-1", OTHER_TEAM)).isTrue();
        assertThat(scope.covers("r-2", OTHER_TEAM)).isFalse();
        assertThat(scope.covers(null, null)).isFalse();
        assertThat(scope.coversTeam(TEAM)).isTrue();
        assertThat(scope.coversTeam(OTHER_TEAM)).isFalse();
    }

    @Test
    void aRepSeesOnlyTheirOwnWhateverTeamTheirTokenNames() {
        CallerScope scope = CallerScope.of(Callers.rep("r-1", TEAM));

        assertThat(scope).isEqualTo(CallerScope.own("r-1"));
        assertThat(scope.team()).isEmpty();
        assertThat(scope.covers("r-1", OTHER_TEAM)).isTrue();
        assertThat(scope.covers("r-2", TEAM)).isFalse();
        assertThat(scope.coversTeam(TEAM)).isFalse();
    }

    @Test
    void aManagerWithoutATeamAndACallerWithoutARoleSeeOnlyTheirOwn() {
        assertThat(CallerScope.of(Callers.managerWithoutTeam("m-2"))).isEqualTo(CallerScope.own("m-2"));
        assertThat(CallerScope.of(Callers.noRole("x-1"))).isEqualTo(CallerScope.own("x-1"));
    }
}
