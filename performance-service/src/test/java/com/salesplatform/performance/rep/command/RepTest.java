package com.salesplatform.performance.rep.command;

import static com.salesplatform.platformtest.Rejections.rejectedOn;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.salesplatform.performance.rep.api.HireRepCommand;
import com.salesplatform.performance.rep.api.PromoteRepCommand;
import com.salesplatform.performance.rep.api.RecordRepDepartureCommand;
import com.salesplatform.performance.rep.api.RepDepartedEvent;
import com.salesplatform.performance.rep.api.RepHiredEvent;
import com.salesplatform.performance.rep.api.RepPromotedEvent;
import com.salesplatform.performance.rep.api.RepTransferredEvent;
import com.salesplatform.performance.rep.api.TransferRepCommand;
import com.salesplatform.performance.team.command.TeamDirectory;
import com.salesplatform.platform.rejection.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RepTest {

    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final String REP = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final Instant NOW = Instant.parse("2027-02-10T23:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 2, 10);
    private static final LocalDate HIRED = LocalDate.of(2024, 3, 1);
    private static final String OTHER_TEAM = "5a1e5000-0000-4000-8000-000000000002";
    private static final RepHiredEvent HIRED_EVENT = new RepHiredEvent(REP, "张伟", TEAM, 2, HIRED);

    private FixtureConfiguration<Rep> fixture;

    @BeforeEach
    void setUp() {
        TeamDirectory teams = mock(TeamDirectory.class);
        given(teams.exists(TEAM)).willReturn(true);
        given(teams.exists(OTHER_TEAM)).willReturn(true);
        fixture = new AggregateTestFixture<>(Rep.class);
        fixture.registerInjectableResource(teams);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void hiresARepIntoAnExistingTeam() {
        fixture.givenNoPriorActivity()
                .when(new HireRepCommand(REP, "张伟", TEAM, 2, HIRED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RepHiredEvent(REP, "张伟", TEAM, 2, HIRED));
    }

    @Test
    void acceptsTheLowestGradeAndAHireTodayAndStripsTheName() {
        fixture.givenNoPriorActivity()
                .when(new HireRepCommand(REP, " 李娜  ", TEAM, 1, TODAY))
                .expectEvents(new RepHiredEvent(REP, "李娜", TEAM, 1, TODAY));
    }

    @Test
    void acceptsTheHighestGrade() {
        fixture.givenNoPriorActivity()
                .when(new HireRepCommand(REP, "王经理", TEAM, 6, HIRED))
                .expectEvents(new RepHiredEvent(REP, "王经理", TEAM, 6, HIRED));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void rejectsABlankName(String name) {
        expectRejected(new HireRepCommand(REP, name, TEAM, 2, HIRED), "name");
    }

    @Test
    void rejectsANameLongerThanTwoHundredCharacters() {
        expectRejected(new HireRepCommand(REP, "伟".repeat(201), TEAM, 2, HIRED), "name");
    }

    @Test
    void rejectsATeamThatIsNotInTheRoster() {
        expectRejected(new HireRepCommand(REP, "张伟", "5a1e5000-0000-4000-8000-000000000099", 2, HIRED), "teamId");
        expectRejected(new HireRepCommand(REP, "张伟", null, 2, HIRED), "teamId");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 7, 9})
    void rejectsAGradeOutsideOneToSix(int grade) {
        expectRejected(new HireRepCommand(REP, "张伟", TEAM, grade, HIRED), "grade");
    }

    @Test
    void rejectsAMissingOrFutureHiringDate() {
        expectRejected(new HireRepCommand(REP, "张伟", TEAM, 2, null), "hiredOn");
        expectRejected(new HireRepCommand(REP, "张伟", TEAM, 2, TODAY.plusDays(1)), "hiredOn");
    }

    @Test
    void transfersARepToAnotherTeam() {
        fixture.given(HIRED_EVENT)
                .when(new TransferRepCommand(REP, OTHER_TEAM, TODAY))
                .expectEvents(new RepTransferredEvent(REP, TEAM, OTHER_TEAM, TODAY));
    }

    @Test
    void aTransferIsNeverDatedBeforeTheLastChangeNorInTheFuture() {
        fixture.given(HIRED_EVENT, new RepTransferredEvent(REP, TEAM, OTHER_TEAM, LocalDate.of(2026, 1, 1)))
                .when(new TransferRepCommand(REP, TEAM, LocalDate.of(2025, 12, 31)))
                .expectNoEvents()
                .expectException(rejectedOn("effectiveOn"));
        fixture.given(HIRED_EVENT)
                .when(new TransferRepCommand(REP, OTHER_TEAM, TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(rejectedOn("effectiveOn"));
        fixture.given(HIRED_EVENT)
                .when(new TransferRepCommand(REP, OTHER_TEAM, null))
                .expectNoEvents()
                .expectException(rejectedOn("effectiveOn"));
    }

    @Test
    void aTransferNeedsAnotherExistingTeam() {
        fixture.given(HIRED_EVENT)
                .when(new TransferRepCommand(REP, "5a1e5000-0000-4000-8000-000000000099", TODAY))
                .expectNoEvents()
                .expectException(rejectedOn("toTeamId"));
        fixture.given(HIRED_EVENT)
                .when(new TransferRepCommand(REP, TEAM, TODAY))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    @Test
    void promotesToAHigherGradeUpToSix() {
        fixture.given(HIRED_EVENT)
                .when(new PromoteRepCommand(REP, 6))
                .expectEvents(new RepPromotedEvent(REP, 2, 6));
        fixture.given(HIRED_EVENT, new RepPromotedEvent(REP, 2, 3))
                .when(new PromoteRepCommand(REP, 4))
                .expectEvents(new RepPromotedEvent(REP, 3, 4));
    }

    @Test
    void aPromotionMustRaiseTheGradeWithinOneToSix() {
        fixture.given(HIRED_EVENT)
                .when(new PromoteRepCommand(REP, 2))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("A promotion must raise the grade above 2");
        fixture.given(HIRED_EVENT)
                .when(new PromoteRepCommand(REP, 7))
                .expectNoEvents()
                .expectException(rejectedOn("toGrade"));
    }

    @Test
    void recordsADepartureFromTheCurrentTeam() {
        fixture.given(HIRED_EVENT, new RepTransferredEvent(REP, TEAM, OTHER_TEAM, LocalDate.of(2026, 1, 1)))
                .when(new RecordRepDepartureCommand(REP, TODAY))
                .expectEvents(new RepDepartedEvent(REP, OTHER_TEAM, TODAY));
    }

    @Test
    void aDepartureIsDatedBetweenTheLastChangeAndToday() {
        fixture.given(HIRED_EVENT)
                .when(new RecordRepDepartureCommand(REP, HIRED.minusDays(1)))
                .expectNoEvents()
                .expectException(rejectedOn("departedOn"));
        fixture.given(HIRED_EVENT)
                .when(new RecordRepDepartureCommand(REP, TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(rejectedOn("departedOn"));
    }

    @Test
    void aDepartedRepIsNeitherTransferredNorPromotedNorDepartedAgain() {
        RepDepartedEvent departed = new RepDepartedEvent(REP, TEAM, TODAY);
        fixture.given(HIRED_EVENT, departed)
                .when(new TransferRepCommand(REP, OTHER_TEAM, TODAY))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
        fixture.given(HIRED_EVENT, departed)
                .when(new PromoteRepCommand(REP, 3))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
        fixture.given(HIRED_EVENT, departed)
                .when(new RecordRepDepartureCommand(REP, TODAY))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Rep " + REP + " departed on " + TODAY);
    }

    private void expectRejected(HireRepCommand command, String field) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(rejectedOn(field));
    }
}
