package com.salesplatform.targets.target.command;

import static com.salesplatform.platformtest.Rejections.rejectedOn;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.targets.target.api.ActivateTargetCommand;
import com.salesplatform.targets.target.api.AdjustTargetCommand;
import com.salesplatform.targets.target.api.AllocateTargetCommand;
import com.salesplatform.targets.target.api.Allocation;
import com.salesplatform.targets.target.api.CloseTargetCommand;
import com.salesplatform.targets.target.api.DecomposeTargetCommand;
import com.salesplatform.targets.target.api.ReallocateShareCommand;
import com.salesplatform.targets.target.api.Granularity;
import com.salesplatform.targets.target.api.SetTargetCommand;
import com.salesplatform.targets.target.api.TargetActivatedEvent;
import com.salesplatform.targets.target.api.TargetAdjustedEvent;
import com.salesplatform.targets.target.api.TargetAllocatedEvent;
import com.salesplatform.targets.target.api.TargetClosedEvent;
import com.salesplatform.targets.target.api.TargetDecomposedEvent;
import com.salesplatform.targets.target.api.TargetMetric;
import com.salesplatform.targets.target.api.TargetScope;
import com.salesplatform.targets.target.api.TargetSetEvent;
import com.salesplatform.targets.lookup.IncentivePlans;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SalesTargetTest {

    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final Instant NOW = Instant.parse("2027-02-10T08:00:00Z");
    private static final BusinessCalendar SHANGHAI = new BusinessCalendar(ZoneId.of("Asia/Shanghai"));
    private static final String ADMIN = "ad000000-0000-4000-8000-000000000001";
    private static final String YEAR_TARGET = "3f0c3c1e-7d5a-4c55-9a51-0c8f1f4b2a10";

    private final RosterReplica roster = mock(RosterReplica.class);
    private final IncentivePlans plans = mock(IncentivePlans.class);
    private FixtureConfiguration<SalesTarget> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SalesTarget.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, SHANGHAI.zone()));
        fixture.registerInjectableResource(roster);
        fixture.registerInjectableResource(plans);
        given(roster.teamExists(TEAM)).willReturn(true);
    }

    @Test
    void setsATargetWithItsSmartFieldsAndThePeriodEndAsTimeBound() {
        fixture.givenNoPriorActivity()
                .when(command("t-1", TargetScope.TEAM, TEAM, "2027-Q1", TargetMetric.REVENUE, "300000", null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TargetSetEvent("t-1", TargetScope.TEAM, TEAM, "2027-Q1", TargetMetric.REVENUE,
                        new BigDecimal("300000.00"), "CNY", "华东区新签合同额", "去年 250 万，增长 20%", "华东扩张战略",
                        Instant.parse("2027-03-31T16:00:00Z"), null, null));
    }

    @Test
    void aCompanyTargetHasNoOwnerAndKeepsItsCurrency() {
        fixture.givenNoPriorActivity()
                .when(command("t-3", TargetScope.COMPANY, null, "2027", TargetMetric.REVENUE, "12000000.5", "USD"))
                .expectEvents(new TargetSetEvent("t-3", TargetScope.COMPANY, null, "2027", TargetMetric.REVENUE,
                        new BigDecimal("12000000.50"), "USD", "华东区新签合同额", "去年 250 万，增长 20%", "华东扩张战略",
                        Instant.parse("2027-12-31T16:00:00Z"), null, null));
    }

    @Test
    void countsAreWholeNumbers() {
        fixture.givenNoPriorActivity()
                .when(command("t-4", TargetScope.TEAM, TEAM, "2027-03", TargetMetric.VISITS, "120.0", null))
                .expectEvents(new TargetSetEvent("t-4", TargetScope.TEAM, TEAM, "2027-03", TargetMetric.VISITS,
                        new BigDecimal("120"), "CNY", "华东区新签合同额", "去年 250 万，增长 20%", "华东扩张战略",
                        Instant.parse("2027-03-31T16:00:00Z"), null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"specific", "achievable", "relevant"})
    void rejectsABlankSmartField(String field) {
        var blank = new SetTargetCommand("t-5", TargetScope.TEAM, TEAM, "2027", TargetMetric.REVENUE,
                new BigDecimal("1000"), null,
                field.equals("specific") ? " " : "s", field.equals("achievable") ? "" : "a",
                field.equals("relevant") ? null : "r", null);
        expectRejected(blank, field);
    }

    @Test
    void rejectsAnAmountThatIsNotPositive() {
        expectRejected(command("t-6", TargetScope.TEAM, TEAM, "2027", TargetMetric.REVENUE, "0", null), "amount");
        expectRejected(command("t-7", TargetScope.TEAM, TEAM, "2027", TargetMetric.REVENUE, "-5", null), "amount");
    }

    @Test
    void rejectsFractionsOfCentsAndOfCounts() {
        expectRejected(command("t-8", TargetScope.TEAM, TEAM, "2027", TargetMetric.REVENUE, "10.001", null), "amount");
        expectRejected(command("t-9", TargetScope.TEAM, TEAM, "2027", TargetMetric.ORDER_COUNT, "10.5", null), "amount");
    }

    @Test
    void rejectsAPeriodThatHasEnded() {
        expectRejected(command("t-10", TargetScope.TEAM, TEAM, "2026", TargetMetric.REVENUE, "1", null), "period");
        expectRejected(command("t-11", TargetScope.TEAM, TEAM, "2027-01", TargetMetric.REVENUE, "1", null), "period");
        expectRejected(command("t-12", TargetScope.TEAM, TEAM, "2027-W05", TargetMetric.REVENUE, "1", null), "period");
    }

    @Test
    void anAdminImportsTheTargetOfAnEndedPeriodMarkedAsImported() {
        fixture.givenNoPriorActivity()
                .when(imported("t-30", "2027-01"))
                .expectEvents(new TargetSetEvent("t-30", TargetScope.TEAM, TEAM, "2027-01", TargetMetric.REVENUE,
                        new BigDecimal("300000.00"), "CNY", "华东区新签合同额", "去年 250 万，增长 20%", "华东扩张战略",
                        Instant.parse("2027-01-31T16:00:00Z"), null, null, ADMIN));
    }

    @Test
    void anImportRecordsHistoryNeverAPeriodThatHasNotBegun() {
        expectRejected(imported("t-31", "2027-03"), "period");
        expectRejected(imported("t-32", "2027-Q2"), "period");
        expectRejected(imported("t-33", "2028"), "period");
        fixture.givenNoPriorActivity().when(imported("t-34", "2027")).expectSuccessfulHandlerExecution();
    }

    @Test
    void thePartsOfAnImportedTargetAreImportedToo() {
        fixture.given(new TargetSetEvent(YEAR_TARGET, TargetScope.TEAM, TEAM, "2026", TargetMetric.REVENUE,
                        new BigDecimal("1200000.00"), "CNY", "s", "a", "r", Instant.parse("2026-12-31T16:00:00Z"), null,
                        null, ADMIN))
                .when(new DecomposeTargetCommand(YEAR_TARGET, Granularity.QUARTER, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        org.hamcrest.Matchers.instanceOf(TargetDecomposedEvent.class),
                        importedPart(), importedPart(), importedPart(), importedPart(), andNoMore())));
    }

    private static Matcher<Object> importedPart() {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object event) {
                return event instanceof TargetSetEvent part && ADMIN.equals(part.importedBy())
                        && YEAR_TARGET.equals(part.parentTargetId());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a part of the imported target, imported by " + ADMIN);
            }
        };
    }

    @ParameterizedTest(name = "at {0} (UTC) the month 2027-01 is over in Shanghai: {1}")
    @CsvSource({"2027-01-31T15:30:00Z, false", "2027-01-31T16:30:00Z, true"})
    void aMonthEndsAtMidnightInTheCompanysZone(Instant now, boolean ended) {
        FixtureConfiguration<SalesTarget> atMonthEnd = new AggregateTestFixture<>(SalesTarget.class);
        atMonthEnd.registerInjectableResource(Clock.fixed(now, SHANGHAI.zone()));
        atMonthEnd.registerInjectableResource(roster);
        atMonthEnd.registerInjectableResource(plans);
        var january = command("t-14", TargetScope.TEAM, TEAM, "2027-01", TargetMetric.REVENUE, "1", null);
        if (ended) {
            atMonthEnd.givenNoPriorActivity().when(january).expectNoEvents().expectException(rejectedOn("period"));
        } else {
            atMonthEnd.givenNoPriorActivity().when(january).expectEventsMatching(payloadsMatching(exactSequenceOf(
                    targetSetEndingAt(Instant.parse("2027-01-31T16:00:00Z")), andNoMore())));
        }
    }

    private static Matcher<Object> targetSetEndingAt(Instant timeBound) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object event) {
                return event instanceof TargetSetEvent set && set.timeBound().equals(timeBound);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("TargetSet with time bound " + timeBound);
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-Q5", "2027-13", "27", "2027-W54", "next year"})
    void rejectsAPeriodItCannotRead(String period) {
        expectRejected(command("t-13", TargetScope.TEAM, TEAM, period, TargetMetric.REVENUE, "1", null), "period");
    }

    @Test
    void rejectsAnOwnerMissingFromTheRoster() {
        String unknownTeam = "5a1e5000-0000-4000-8000-0000000000ff";
        String departedRep = "7e9a0000-0000-4000-8000-0000000000ff";
        given(roster.teamOfActiveRep(departedRep)).willReturn(Optional.empty());
        expectRejected(command("t-20", TargetScope.TEAM, unknownTeam, "2027", TargetMetric.REVENUE, "1", null),
                "ownerId");
        expectRejected(command("t-21", TargetScope.REP, departedRep, "2027", TargetMetric.REVENUE, "1", null),
                "ownerId");
    }

    @Test
    void rejectsAnOwnerThatDoesNotFitTheScope() {
        expectRejected(command("t-14", TargetScope.COMPANY, TEAM, "2027", TargetMetric.REVENUE, "1", null), "ownerId");
        expectRejected(command("t-15", TargetScope.REP, null, "2027", TargetMetric.REVENUE, "1", null), "ownerId");
        expectRejected(command("t-16", null, TEAM, "2027", TargetMetric.REVENUE, "1", null), "scope");
    }

    @Test
    void rejectsAMissingMetricOrAmountAndABadCurrency() {
        expectRejected(command("t-17", TargetScope.TEAM, TEAM, "2027", null, "1", null), "metric");
        expectRejected(new SetTargetCommand("t-18", TargetScope.TEAM, TEAM, "2027", TargetMetric.REVENUE, null, null,
                "s", "a", "r", null), "amount");
        expectRejected(command("t-19", TargetScope.TEAM, TEAM, "2027", TargetMetric.REVENUE, "1", "yuan"), "currency");
    }

    @Nested
    class Decomposition {

        @Test
        void splitsAYearEquallyIntoTwelveMonthsWithTheRemainderInTheLast() {
            fixture.given(set(YEAR_TARGET, "2027", "1000000.00"))
                    .when(new DecomposeTargetCommand(YEAR_TARGET, Granularity.MONTH, null))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            decomposedInto(Granularity.MONTH, Collections.nCopies(11, "83333.33"), "83333.37"),
                            childSet("2027-01", "83333.33"), childSet("2027-02", "83333.33"),
                            childSet("2027-03", "83333.33"), childSet("2027-04", "83333.33"),
                            childSet("2027-05", "83333.33"), childSet("2027-06", "83333.33"),
                            childSet("2027-07", "83333.33"), childSet("2027-08", "83333.33"),
                            childSet("2027-09", "83333.33"), childSet("2027-10", "83333.33"),
                            childSet("2027-11", "83333.33"), childSet("2027-12", "83333.37"),
                            andNoMore())));
        }

        @Test
        void splitsAQuarterIntoItsThreeMonths() {
            fixture.given(set(YEAR_TARGET, "2027-Q2", "1000000.00"))
                    .when(new DecomposeTargetCommand(YEAR_TARGET, Granularity.MONTH, null))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            decomposedInto(Granularity.MONTH, List.of("333333.33", "333333.33"), "333333.34"),
                            childSet("2027-04", "333333.33"), childSet("2027-05", "333333.33"),
                            childSet("2027-06", "333333.34"), andNoMore())));
        }

        @Test
        void anAmountThatDividesEvenlyIsSplitEvenly() {
            fixture.given(set(YEAR_TARGET, "2027-Q2", "3000.00"))
                    .when(new DecomposeTargetCommand(YEAR_TARGET, Granularity.MONTH, null))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            decomposedInto(Granularity.MONTH, List.of("1000.00", "1000.00"), "1000.00"),
                            childSet("2027-04", "1000.00"), childSet("2027-05", "1000.00"),
                            childSet("2027-06", "1000.00"), andNoMore())));
        }

        @Test
        void splitsByWeights() {
            List<BigDecimal> weights = decimals("0.1", "0.2", "0.3", "0.4");
            fixture.given(set(YEAR_TARGET, "2027", "999.99"))
                    .when(new DecomposeTargetCommand(YEAR_TARGET, Granularity.QUARTER, weights))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            decomposedInto(Granularity.QUARTER, List.of("99.99", "199.99", "299.99"), "400.02"),
                            childSet("2027-Q1", "99.99"), childSet("2027-Q2", "199.99"),
                            childSet("2027-Q3", "299.99"), childSet("2027-Q4", "400.02"), andNoMore())));
        }

        @Test
        void takesWeightsAsABinaryFloatPrintsThemSummingToOneWithinOneBillionth() {
            String twelfth = String.valueOf(1.0 / 12);
            List<BigDecimal> weights = java.util.Collections.nCopies(12, new BigDecimal(twelfth));
            org.assertj.core.api.Assertions.assertThat(twelfth).isEqualTo("0.08333333333333333");
            fixture.given(set(YEAR_TARGET, "2027", "1000000.00"))
                    .when(new DecomposeTargetCommand(YEAR_TARGET, Granularity.MONTH, weights))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(payloadsMatching(org.axonframework.test.matchers.Matchers.listWithAnyOf(
                            decomposedInto(Granularity.MONTH, java.util.Collections.nCopies(11, "83333.33"),
                                    "83333.37"))));
            expectRejected(set(YEAR_TARGET, "2027", "1000.00"), new DecomposeTargetCommand(YEAR_TARGET,
                    Granularity.QUARTER, decimals("0.25", "0.25", "0.25", "0.249999998")), "weights");
        }

        @Test
        void decomposingTwiceIsAConflict() {
            fixture.given(set(YEAR_TARGET, "2027", "1000.00"),
                            new TargetDecomposedEvent(YEAR_TARGET, Granularity.QUARTER, null, List.of()))
                    .when(new DecomposeTargetCommand(YEAR_TARGET, Granularity.MONTH, null))
                    .expectNoEvents()
                    .expectException(RuleViolationException.class);
        }

        @Test
        void rejectsWeightsThatDoNotFitAndGranularitiesThePeriodHasNot() {
            expectRejected(set(YEAR_TARGET, "2027", "1000.00"), new DecomposeTargetCommand(YEAR_TARGET,
                    Granularity.QUARTER, decimals("0.5", "0.5")), "weights");
            expectRejected(set(YEAR_TARGET, "2027", "1000.00"), new DecomposeTargetCommand(YEAR_TARGET,
                    Granularity.QUARTER, decimals("0.25", "0.25", "0.25", "0.24")), "weights");
            expectRejected(set(YEAR_TARGET, "2027", "1000.00"), new DecomposeTargetCommand(YEAR_TARGET,
                    Granularity.QUARTER, decimals("0", "0.5", "0.25", "0.25")), "weights");
            expectRejected(set(YEAR_TARGET, "2027-Q1", "1000.00"), new DecomposeTargetCommand(YEAR_TARGET,
                    Granularity.QUARTER, null), "granularity");
            expectRejected(set(YEAR_TARGET, "2027-03", "1000.00"), new DecomposeTargetCommand(YEAR_TARGET,
                    Granularity.MONTH, null), "granularity");
            expectRejected(set(YEAR_TARGET, "2027", "1000.00"), new DecomposeTargetCommand(YEAR_TARGET, null, null),
                    "granularity");
        }

        @Test
        void rejectsASplitThatWouldLeaveAPartAtZero() {
            fixture.given(new TargetSetEvent(YEAR_TARGET, TargetScope.TEAM, TEAM, "2027", TargetMetric.VISITS,
                            new BigDecimal("5"), "CNY", "s", "a", "r", Instant.parse("2028-01-01T00:00:00Z"), null, null))
                    .when(new DecomposeTargetCommand(YEAR_TARGET, Granularity.MONTH, null))
                    .expectNoEvents()
                    .expectException(rejectedOn("weights"));
        }

        @Test
        void aClosedTargetIsNotDecomposed() {
            fixture.given(set(YEAR_TARGET, "2027", "1000.00"), new TargetActivatedEvent(YEAR_TARGET),
                            new TargetClosedEvent(YEAR_TARGET))
                    .when(new DecomposeTargetCommand(YEAR_TARGET, Granularity.QUARTER, null))
                    .expectNoEvents()
                    .expectException(RuleViolationException.class);
        }
    }

    @Nested
    class Allocations {

        private static final String COMPANY = "c0c0c0c0-0000-4000-8000-000000000001";
        private static final String OTHER_TEAM = "5a1e5000-0000-4000-8000-000000000002";
        private static final String REP_A = "5a1e5000-0000-4000-8000-0000000000c1";
        private static final String REP_B = "5a1e5000-0000-4000-8000-0000000000c2";
        private static final String REP_ELSEWHERE = "5a1e5000-0000-4000-8000-0000000000c3";

        private final TargetSetEvent companyTarget = new TargetSetEvent(COMPANY, TargetScope.COMPANY, null, "2027",
                TargetMetric.REVENUE, new BigDecimal("1000000.00"), "CNY", "s", "a", "r",
                Instant.parse("2028-01-01T00:00:00Z"), null, null);

        @BeforeEach
        void roster() {
            given(roster.teamExists(TEAM)).willReturn(true);
            given(roster.teamExists(OTHER_TEAM)).willReturn(true);
            given(roster.teamOfActiveRep(REP_A)).willReturn(Optional.of(TEAM));
            given(roster.teamOfActiveRep(REP_B)).willReturn(Optional.of(TEAM));
            given(roster.teamOfActiveRep(REP_ELSEWHERE)).willReturn(Optional.of(OTHER_TEAM));
        }

        @Test
        void allocatesACompanyTargetToTeamsSummingExactlyAndCreatesEachTeamsTarget() {
            var allocations = List.of(team(TEAM, "333333.33"), team(OTHER_TEAM, "666666.67"));
            fixture.given(companyTarget)
                    .when(new AllocateTargetCommand(COMPANY, allocations))
                    .expectEvents(new TargetAllocatedEvent(COMPANY, allocations),
                            allocated(companyTarget, team(TEAM, "333333.33")),
                            allocated(companyTarget, team(OTHER_TEAM, "666666.67")));
        }

        @Test
        void aCompanyWithOneSalesTeamAllocatesStraightToReps() {
            var allocations = List.of(rep(REP_A, "400000.00"), rep(REP_ELSEWHERE, "600000.00"));
            fixture.given(companyTarget)
                    .when(new AllocateTargetCommand(COMPANY, allocations))
                    .expectEvents(new TargetAllocatedEvent(COMPANY, allocations),
                            allocated(companyTarget, rep(REP_A, "400000.00")),
                            allocated(companyTarget, rep(REP_ELSEWHERE, "600000.00")));
        }

        @Test
        void aReallocationRecordsTheNewSharesAndCreatesOnlyTheNewcomersTarget() {
            TargetSetEvent teamYear = set(YEAR_TARGET, "2027", "1000.00");
            fixture.given(teamYear, new TargetAllocatedEvent(YEAR_TARGET, List.of(rep(REP_A, "1000.00"))))
                    .when(new AllocateTargetCommand(YEAR_TARGET, List.of(rep(REP_A, "400"), rep(REP_B, "600"))))
                    .expectEvents(new TargetAllocatedEvent(YEAR_TARGET,
                                    List.of(rep(REP_A, "400.00"), rep(REP_B, "600.00"))),
                            allocated(teamYear, rep(REP_B, "600.00")));
        }

        @Test
        void anOwnerWhoHoldsAnAllocatedTargetKeepsAShareEvenAfterLeavingTheTeam() {
            given(roster.teamOfActiveRep(REP_A)).willReturn(Optional.empty());
            TargetSetEvent teamYear = set(YEAR_TARGET, "2027", "1000.00");
            var given = List.<Object>of(teamYear, new TargetAllocatedEvent(YEAR_TARGET,
                    List.of(rep(REP_A, "500.00"), rep(REP_B, "500.00"))));
            fixture.given(given)
                    .when(new AllocateTargetCommand(YEAR_TARGET, List.of(rep(REP_A, "100.00"), rep(REP_B, "900.00"))))
                    .expectEvents(new TargetAllocatedEvent(YEAR_TARGET,
                            List.of(rep(REP_A, "100.00"), rep(REP_B, "900.00"))));
            expectRejected(given, new AllocateTargetCommand(YEAR_TARGET, List.of(rep(REP_B, "1000.00"))),
                    "allocations");
        }

        @Test
        void anAllocatedTargetFollowsItsNewShareWithTheReasonAndOnlyWhenItChanged() {
            TargetSetEvent share = allocated(set(YEAR_TARGET, "2027", "1000.00"), rep(REP_A, "500.00"));
            String id = share.targetId();
            fixture.given(share)
                    .when(new ReallocateShareCommand(id, YEAR_TARGET, new BigDecimal("400.00")))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(adjustedTo(id, "500.00", "400.00"),
                            andNoMore())));
            fixture.given(share)
                    .when(new ReallocateShareCommand(id, YEAR_TARGET, new BigDecimal("500")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void allocationsMustSumExactlyToTheTarget() {
            expectRejected(companyTarget, new AllocateTargetCommand(COMPANY,
                    List.of(team(TEAM, "500000.00"), team(OTHER_TEAM, "499999.99"))), "allocations");
            expectRejected(companyTarget, new AllocateTargetCommand(COMPANY, List.of()), "allocations");
        }

        @Test
        void aTeamTargetGoesOnlyToCurrentRepsOfThatTeam() {
            expectRejected(set(YEAR_TARGET, "2027", "1000.00"), new AllocateTargetCommand(YEAR_TARGET,
                    List.of(rep(REP_A, "500.00"), rep(REP_ELSEWHERE, "500.00"))), "allocations[1].ownerId");
            expectRejected(set(YEAR_TARGET, "2027", "1000.00"), new AllocateTargetCommand(YEAR_TARGET,
                    List.of(rep("5a1e5000-0000-4000-8000-0000000000ff", "1000.00"))), "allocations[0].ownerId");
        }

        @Test
        void aCompanyTargetGoesToTeamsOrRepsOfTheRosterNeverBoth() {
            expectRejected(companyTarget, new AllocateTargetCommand(COMPANY,
                    List.of(team("5a1e5000-0000-4000-8000-0000000000ee", "1000000.00"))), "allocations[0].ownerId");
            expectRejected(companyTarget, new AllocateTargetCommand(COMPANY,
                    List.of(rep("5a1e5000-0000-4000-8000-0000000000ff", "1000000.00"))), "allocations[0].ownerId");
            expectRejected(companyTarget, new AllocateTargetCommand(COMPANY,
                    List.of(team(TEAM, "500000.00"), rep(REP_A, "500000.00"))), "allocations[1].scope");
            expectRejected(companyTarget, new AllocateTargetCommand(COMPANY,
                    List.of(new Allocation(TargetScope.COMPANY, REP_A, new BigDecimal("1000000.00")))),
                    "allocations[0].scope");
        }

        @Test
        void eachOwnerOnceAndEachAmountValid() {
            expectRejected(companyTarget, new AllocateTargetCommand(COMPANY,
                    List.of(team(TEAM, "500000.00"), team(TEAM, "500000.00"))), "allocations[1].ownerId");
            expectRejected(companyTarget, new AllocateTargetCommand(COMPANY,
                    List.of(team(TEAM, "1000000.001"))), "allocations[0].amount");
            expectRejected(companyTarget, new AllocateTargetCommand(COMPANY,
                    List.of(team(TEAM, "1000001.00"), team(OTHER_TEAM, "-1.00"))), "allocations[1].amount");
        }

        @Test
        void aRepTargetIsNotAllocatedAndNeitherIsAClosedOne() {
            fixture.given(new TargetSetEvent(YEAR_TARGET, TargetScope.REP, REP_A, "2027", TargetMetric.REVENUE,
                            new BigDecimal("10.00"), "CNY", "s", "a", "r", Instant.parse("2028-01-01T00:00:00Z"), null, null))
                    .when(new AllocateTargetCommand(YEAR_TARGET, List.of(rep(REP_B, "10.00"))))
                    .expectNoEvents()
                    .expectException(RuleViolationException.class);
            fixture.given(set(YEAR_TARGET, "2027", "1000.00"), new TargetActivatedEvent(YEAR_TARGET),
                            new TargetClosedEvent(YEAR_TARGET))
                    .when(new AllocateTargetCommand(YEAR_TARGET, List.of(rep(REP_A, "1000.00"))))
                    .expectNoEvents()
                    .expectException(RuleViolationException.class);
        }

        private static TargetSetEvent allocated(TargetSetEvent parent, Allocation share) {
            return new TargetSetEvent(share.targetIdUnder(parent.targetId()), share.scope(),
                    share.ownerId(), parent.period(), parent.metric(), share.amount(), parent.currency(),
                    parent.specific(), parent.achievable(), parent.relevant(), parent.timeBound(), parent.targetId(),
                    parent.incentivePlanId());
        }

        private static Matcher<Object> adjustedTo(String id, String from, String to) {
            return new TypeSafeMatcher<>() {
                @Override
                protected boolean matchesSafely(Object event) {
                    return event instanceof TargetAdjustedEvent adjusted && adjusted.targetId().equals(id)
                            && adjusted.previousAmount().compareTo(new BigDecimal(from)) == 0
                            && adjusted.amount().compareTo(new BigDecimal(to)) == 0
                            && adjusted.reason().contains(YEAR_TARGET);
                }

                @Override
                public void describeTo(Description description) {
                    description.appendText("TargetAdjusted of " + id + " from " + from + " to " + to);
                }
            };
        }

        private static Allocation team(String id, String amount) {
            return new Allocation(TargetScope.TEAM, id, new BigDecimal(amount));
        }

        private static Allocation rep(String id, String amount) {
            return new Allocation(TargetScope.REP, id, new BigDecimal(amount));
        }
    }

    @Nested
    class AdjustmentAndLifecycle {

        private static final String RISK = "8b2d6a10-4c1e-4f7a-9d3e-2a5b7c9e1f30";

        @Test
        void adjustsTheAmountWithItsReasonAndRisk() {
            fixture.given(set(YEAR_TARGET, "2027", "1000.00"))
                    .when(new AdjustTargetCommand(YEAR_TARGET, new BigDecimal("900"), " 客户违约 ", RISK))
                    .expectEvents(new TargetAdjustedEvent(YEAR_TARGET, new BigDecimal("1000.00"),
                            new BigDecimal("900.00"), "客户违约", RISK));
        }

        @Test
        void aSecondAdjustmentStartsFromTheFirst() {
            fixture.given(set(YEAR_TARGET, "2027", "1000.00"), new TargetActivatedEvent(YEAR_TARGET),
                            new TargetAdjustedEvent(YEAR_TARGET, new BigDecimal("1000.00"), new BigDecimal("900.00"),
                                    "r", null))
                    .when(new AdjustTargetCommand(YEAR_TARGET, new BigDecimal("950.00"), "市场回暖", null))
                    .expectEvents(new TargetAdjustedEvent(YEAR_TARGET, new BigDecimal("900.00"),
                            new BigDecimal("950.00"), "市场回暖", null));
        }

        @Test
        void rejectsAnAdjustmentWithoutReasonOrWithABadOrUnchangedAmount() {
            expectRejected(set(YEAR_TARGET, "2027", "1000.00"),
                    new AdjustTargetCommand(YEAR_TARGET, new BigDecimal("900"), " ", null), "reason");
            expectRejected(set(YEAR_TARGET, "2027", "1000.00"),
                    new AdjustTargetCommand(YEAR_TARGET, new BigDecimal("0"), "r", null), "amount");
            expectRejected(set(YEAR_TARGET, "2027", "1000.00"),
                    new AdjustTargetCommand(YEAR_TARGET, new BigDecimal("1.005"), "r", null), "amount");
            expectRejected(set(YEAR_TARGET, "2027", "1000.00"),
                    new AdjustTargetCommand(YEAR_TARGET, new BigDecimal("1000"), "r", null), "amount");
        }

        @Test
        void aClosedTargetIsNotAdjusted() {
            fixture.given(set(YEAR_TARGET, "2027", "1000.00"), new TargetActivatedEvent(YEAR_TARGET),
                            new TargetClosedEvent(YEAR_TARGET))
                    .when(new AdjustTargetCommand(YEAR_TARGET, new BigDecimal("900"), "r", null))
                    .expectNoEvents()
                    .expectException(RuleViolationException.class);
        }

        @Test
        void activatesADraftAndClosesAnActiveTarget() {
            fixture.given(set(YEAR_TARGET, "2027", "1000.00"))
                    .when(new ActivateTargetCommand(YEAR_TARGET))
                    .expectEvents(new TargetActivatedEvent(YEAR_TARGET));
            fixture.given(set(YEAR_TARGET, "2027", "1000.00"), new TargetActivatedEvent(YEAR_TARGET))
                    .when(new CloseTargetCommand(YEAR_TARGET))
                    .expectEvents(new TargetClosedEvent(YEAR_TARGET));
        }

        @Test
        void invalidTransitionsAreConflicts() {
            expectConflict(new CloseTargetCommand(YEAR_TARGET), set(YEAR_TARGET, "2027", "1000.00"));
            expectConflict(new ActivateTargetCommand(YEAR_TARGET), set(YEAR_TARGET, "2027", "1000.00"),
                    new TargetActivatedEvent(YEAR_TARGET));
            expectConflict(new ActivateTargetCommand(YEAR_TARGET), set(YEAR_TARGET, "2027", "1000.00"),
                    new TargetActivatedEvent(YEAR_TARGET), new TargetClosedEvent(YEAR_TARGET));
            expectConflict(new CloseTargetCommand(YEAR_TARGET), set(YEAR_TARGET, "2027", "1000.00"),
                    new TargetActivatedEvent(YEAR_TARGET), new TargetClosedEvent(YEAR_TARGET));
        }

        private void expectConflict(Object command, Object... given) {
            fixture.given(given).when(command).expectNoEvents().expectException(RuleViolationException.class);
        }
    }

    @Test
    void aTargetNamesOnlyAKnownIncentivePlanThatCoversItsPeriod() {
        given(plans.periodOf("plan-2027")).willReturn(Optional.of(CalendarPeriod.parse("2027")));
        given(plans.periodOf("plan-2027-01")).willReturn(Optional.of(CalendarPeriod.parse("2027-01")));

        fixture.givenNoPriorActivity()
                .when(withPlan("t-plan-1", "2027-Q1", "plan-2027"))
                .expectSuccessfulHandlerExecution();
        expectRejected(withPlan("t-plan-2", "2027-Q1", "plan-2027-01"), "incentivePlanId");
        expectRejected(withPlan("t-plan-3", "2027-Q1", "plan-unknown"), "incentivePlanId");
    }

    private static SetTargetCommand withPlan(String id, String period, String planId) {
        return new SetTargetCommand(id, TargetScope.TEAM, TEAM, period, TargetMetric.REVENUE, new BigDecimal("300000"),
                null, "华东区新签合同额", "去年 250 万，增长 20%", "华东扩张战略", planId);
    }

    private void expectRejected(SetTargetCommand command, String field) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(rejectedOn(field));
    }

    private void expectRejected(TargetSetEvent given, Object command, String field) {
        expectRejected(List.of(given), command, field);
    }

    private void expectRejected(List<?> given, Object command, String field) {
        fixture.given(given)
                .when(command)
                .expectNoEvents()
                .expectException(rejectedOn(field));
    }

    static TargetSetEvent set(String id, String period, String amount) {
        return new TargetSetEvent(id, TargetScope.TEAM, TEAM, period, TargetMetric.REVENUE, new BigDecimal(amount),
                "CNY", "华东区新签合同额", "去年 250 万，增长 20%", "华东扩张战略",
                Period.parse(period).end(SHANGHAI), null, null);
    }

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static Matcher<Object> decomposedInto(Granularity granularity, List<String> firstParts, String last) {
        List<String> expected = new ArrayList<>(firstParts);
        expected.add(last);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object event) {
                return event instanceof TargetDecomposedEvent decomposed
                        && decomposed.granularity() == granularity
                        && decomposed.parts().stream().map(part -> part.amount().toPlainString()).toList()
                        .equals(expected);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("TargetDecomposed into " + granularity + " parts " + expected);
            }
        };
    }

    /** A child TargetSet: same owner, metric and SMART texts as the parent, its own period and amount. */
    private static Matcher<Object> childSet(String period, String amount) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object event) {
                return event instanceof TargetSetEvent child
                        && YEAR_TARGET.equals(child.parentTargetId())
                        && child.period().equals(period)
                        && child.amount().toPlainString().equals(amount)
                        && child.scope() == TargetScope.TEAM && TEAM.equals(child.ownerId())
                        && child.timeBound().equals(Period.parse(period).end(SHANGHAI))
                        && child.specific().equals("华东区新签合同额");
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("child TargetSet " + period + " " + amount);
            }
        };
    }

    private static SetTargetCommand imported(String id, String period) {
        return new SetTargetCommand(id, TargetScope.TEAM, TEAM, period, TargetMetric.REVENUE, new BigDecimal("300000"),
                null, "华东区新签合同额", "去年 250 万，增长 20%", "华东扩张战略", null, ADMIN);
    }

    private static SetTargetCommand command(String id, TargetScope scope, String owner, String period,
                                            TargetMetric metric, String amount, String currency) {
        return new SetTargetCommand(id, scope, owner, period, metric, new BigDecimal(amount), currency,
                "华东区新签合同额", "去年 250 万，增长 20%", "华东扩张战略", null);
    }
}
