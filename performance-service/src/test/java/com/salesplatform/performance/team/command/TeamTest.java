package com.salesplatform.performance.team.command;

import static com.salesplatform.platformtest.Rejections.rejectedOn;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.salesplatform.performance.team.api.AssignTeamManagerCommand;
import com.salesplatform.performance.team.api.CreateTeamCommand;
import com.salesplatform.performance.team.api.TeamManagerAssignedEvent;
import com.salesplatform.performance.team.api.TeamCreatedEvent;
import com.salesplatform.platform.rejection.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TeamTest {

    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final String MANAGER = "5a1e5000-0000-4000-8000-0000000000b1";

    private FixtureConfiguration<Team> fixture;
    private TeamDirectory directory;

    @BeforeEach
    void setUp() {
        directory = mock(TeamDirectory.class);
        fixture = new AggregateTestFixture<>(Team.class);
        fixture.registerInjectableResource(directory);
    }

    @Test
    void createsATeamWithItsManager() {
        fixture.givenNoPriorActivity()
                .when(new CreateTeamCommand(TEAM, "华东销售一组", MANAGER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TeamCreatedEvent(TEAM, "华东销售一组", MANAGER));
    }

    @Test
    void aTeamMayStartWithoutAManagerAndItsNameIsStripped() {
        fixture.givenNoPriorActivity()
                .when(new CreateTeamCommand(TEAM, "  华南销售二组 ", null))
                .expectEvents(new TeamCreatedEvent(TEAM, "华南销售二组", null));
    }

    @Test
    void aNameOfTwoHundredChineseCharactersIsAccepted() {
        String longest = "组".repeat(200);
        fixture.givenNoPriorActivity()
                .when(new CreateTeamCommand(TEAM, longest, null))
                .expectEvents(new TeamCreatedEvent(TEAM, longest, null));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void rejectsABlankName(String name) {
        expectRejected(new CreateTeamCommand(TEAM, name, MANAGER), "name");
    }

    @Test
    void rejectsANameLongerThanTwoHundredCharacters() {
        expectRejected(new CreateTeamCommand(TEAM, "组".repeat(201), MANAGER), "name");
    }

    @Test
    void rejectsANameAnotherTeamHas() {
        given(directory.nameTaken("华东销售一组")).willReturn(true);
        fixture.givenNoPriorActivity()
                .when(new CreateTeamCommand(TEAM, " 华东销售一组 ", MANAGER))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("A team named '华东销售一组' already exists");
    }

    @Test
    void rejectsAnIdThatIsAlreadyATeam() {
        given(directory.exists(TEAM)).willReturn(true);
        fixture.givenNoPriorActivity()
                .when(new CreateTeamCommand(TEAM, "华东销售三组", MANAGER))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Team " + TEAM + " already exists");
    }

    @Test
    void assignsANewManagerNamingTheFormerOne() {
        String newManager = "5a1e5000-0000-4000-8000-0000000000b2";
        fixture.given(new TeamCreatedEvent(TEAM, "华东销售一组", MANAGER))
                .when(new AssignTeamManagerCommand(TEAM, newManager))
                .expectEvents(new TeamManagerAssignedEvent(TEAM, newManager, MANAGER));
        fixture.given(new TeamCreatedEvent(TEAM, "华东销售一组", null))
                .when(new AssignTeamManagerCommand(TEAM, MANAGER))
                .expectEvents(new TeamManagerAssignedEvent(TEAM, MANAGER, null));
    }

    @Test
    void assigningTheCurrentManagerAgainIsAConflict() {
        fixture.given(new TeamCreatedEvent(TEAM, "华东销售一组", null),
                        new TeamManagerAssignedEvent(TEAM, MANAGER, null))
                .when(new AssignTeamManagerCommand(TEAM, MANAGER))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
        fixture.given(new TeamCreatedEvent(TEAM, "华东销售一组", MANAGER))
                .when(new AssignTeamManagerCommand(TEAM, null))
                .expectNoEvents()
                .expectException(rejectedOn("managerRepId"));
    }

    private void expectRejected(CreateTeamCommand command, String field) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(rejectedOn(field));
    }
}
