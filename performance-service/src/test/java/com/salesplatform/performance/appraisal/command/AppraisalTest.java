package com.salesplatform.performance.appraisal.command;

import static com.salesplatform.platformtest.Rejections.rejectedOn;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.salesplatform.performance.appraisal.api.AcknowledgeAppraisalCommand;
import com.salesplatform.performance.appraisal.api.AppealAppraisalCommand;
import com.salesplatform.performance.appraisal.api.AppraisalAcknowledgedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalAppealedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalFinalizedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalOpenedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalReviewedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalScoredEvent;
import com.salesplatform.performance.appraisal.api.BehaviourRubric;
import com.salesplatform.performance.appraisal.api.FinalizeAppraisalCommand;
import com.salesplatform.performance.appraisal.api.KpiWeights;
import com.salesplatform.performance.appraisal.api.OpenAppraisalCommand;
import com.salesplatform.performance.appraisal.api.RefreshAppraisalFactsCommand;
import com.salesplatform.performance.appraisal.api.ReviewAppraisalCommand;
import com.salesplatform.performance.lookup.KpiFacts;
import com.salesplatform.performance.period.Period;
import com.salesplatform.performance.lookup.RepFacts;
import com.salesplatform.performance.lookup.RepStanding;
import com.salesplatform.performance.lookup.RepTimeline;
import com.salesplatform.platform.rejection.RuleViolationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppraisalTest {

    private static final String ID = "6f1d2c3b-1a2b-4c5d-8e9f-0a1b2c3d4e5f";
    private static final String REP = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final String MANAGER = "5a1e5000-0000-4000-8000-0000000000b1";
    private static final Instant NOW = Instant.parse("2027-04-10T08:00:00Z");
    private static final KpiFacts FACTS = new KpiFacts(new BigDecimal("100000.00"), new BigDecimal("85000.50"),
            new BigDecimal("20"), 12, 3, 1, 2, new BigDecimal("4.50"), 0, null);
    private static final KpiFacts MORE_FACTS = new KpiFacts(new BigDecimal("100000.00"), new BigDecimal("95000.00"),
            new BigDecimal("20"), 12, 3, 1, 2, new BigDecimal("4.50"), 0, null);
    private static final BehaviourRubric RUBRIC = new BehaviourRubric(4, 5, 3);
    private static final AppraisalOpenedEvent OPENED = new AppraisalOpenedEvent(ID, REP, TEAM, "2027-03",
            KpiWeights.standard());

    private FixtureConfiguration<Appraisal> fixture;
    private RepFacts facts;

    @BeforeEach
    void setUp() {
        RepTimeline roster = mock(RepTimeline.class);
        given(roster.asOf(REP, LocalDate.of(2027, 3, 31))).willReturn(Optional.of(
                new RepStanding(REP, "张伟", TEAM, 2, LocalDate.of(2024, 3, 1), null)));
        given(roster.asOf(eq(REP), eq(LocalDate.of(2027, 4, 10)))).willReturn(Optional.of(
                new RepStanding(REP, "张伟", TEAM, 2, LocalDate.of(2024, 3, 1), null)));
        facts = mock(RepFacts.class);
        given(facts.kpiFacts(eq(REP), any(Period.class), eq(NOW))).willReturn(FACTS);
        fixture = new AggregateTestFixture<>(Appraisal.class);
        fixture.registerInjectableResource(roster);
        fixture.registerInjectableResource(facts);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void opensWithTheRepsTeamAndScoresTheFactsAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new OpenAppraisalCommand(ID, REP, "2027-03", null))
                .expectEvents(OPENED, scored(FACTS, null));
    }

    @Test
    void opensAQuarterWithThePlansWeights() {
        KpiWeights plan = new KpiWeights(40, 30, 15, 15);
        fixture.givenNoPriorActivity()
                .when(new OpenAppraisalCommand(ID, REP, "2027-Q1", plan))
                .expectEvents(new AppraisalOpenedEvent(ID, REP, TEAM, "2027-Q1", plan), scored(FACTS, null, plan,
                        "2027-Q1"));
    }

    @Test
    void rejectsWeightsNotSummingToOneHundredABadPeriodAndAnUnknownRep() {
        expectRejected(new OpenAppraisalCommand(ID, REP, "2027-03", new KpiWeights(50, 20, 15, 20)), "weights");
        expectRejected(new OpenAppraisalCommand(ID, REP, "2027-03", new KpiWeights(110, -10, 0, 0)), "weights");
        expectRejected(new OpenAppraisalCommand(ID, REP, "2027-W09", null), "period");
        expectRejected(new OpenAppraisalCommand(ID, REP, "2027-05", null), "period");
        expectRejected(new OpenAppraisalCommand(ID, "5a1e5000-0000-4000-8000-0000000000c9", "2027-03", null), "repId");
    }

    @Test
    void aRefreshRescoresOnlyWhenTheFactsChanged() {
        fixture.given(OPENED, scored(FACTS, null))
                .when(new RefreshAppraisalFactsCommand(ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        given(facts.kpiFacts(eq(REP), any(Period.class), eq(NOW))).willReturn(MORE_FACTS);
        fixture.given(OPENED, scored(FACTS, null))
                .when(new RefreshAppraisalFactsCommand(ID))
                .expectEvents(scored(MORE_FACTS, null));
    }

    @Test
    void theReviewAddsTheRubricAndFeedbackAndRescores() {
        fixture.given(OPENED, scored(FACTS, null))
                .when(new ReviewAppraisalCommand(ID, MANAGER, RUBRIC, "  回款跟进及时 "))
                .expectEvents(new AppraisalReviewedEvent(ID, REP, MANAGER, RUBRIC, "回款跟进及时"),
                        scored(FACTS, RUBRIC));
    }

    @Test
    void aReviewNeedsFeedbackAndRubricScoresFromOneToFive() {
        fixture.given(OPENED, scored(FACTS, null))
                .when(new ReviewAppraisalCommand(ID, MANAGER, RUBRIC, " "))
                .expectNoEvents().expectException(rejectedOn("feedback"));
        fixture.given(OPENED, scored(FACTS, null))
                .when(new ReviewAppraisalCommand(ID, MANAGER, new BehaviourRubric(4, 6, 3), "好"))
                .expectNoEvents().expectException(rejectedOn("rubric.teamwork"));
        fixture.given(OPENED, scored(FACTS, null))
                .when(new ReviewAppraisalCommand(ID, MANAGER, new BehaviourRubric(0, 5, 3), "好"))
                .expectNoEvents().expectException(rejectedOn("rubric.processAdherence"));
    }

    @Test
    void afterTheReviewFactsAreNoLongerRefreshed() {
        fixture.given(OPENED, scored(FACTS, null), reviewed())
                .when(new RefreshAppraisalFactsCommand(ID))
                .expectNoEvents().expectException(RuleViolationException.class);
    }

    @Test
    void theRepAcknowledgesOrAppealsAReviewAndAnAppealGoesBackToTheManager() {
        fixture.given(OPENED, scored(FACTS, null), reviewed())
                .when(new AcknowledgeAppraisalCommand(ID))
                .expectEvents(new AppraisalAcknowledgedEvent(ID, REP));
        fixture.given(OPENED, scored(FACTS, null), reviewed())
                .when(new AppealAppraisalCommand(ID, "3 月 28 日的订单未计入"))
                .expectEvents(new AppraisalAppealedEvent(ID, REP, "3 月 28 日的订单未计入"));
        fixture.given(OPENED, scored(FACTS, null), reviewed(), new AppraisalAppealedEvent(ID, REP, "未计入"))
                .when(new ReviewAppraisalCommand(ID, MANAGER, new BehaviourRubric(5, 5, 3), "已复核"))
                .expectEvents(new AppraisalReviewedEvent(ID, REP, MANAGER, new BehaviourRubric(5, 5, 3), "已复核"),
                        scored(FACTS, new BehaviourRubric(5, 5, 3)));
    }

    @Test
    void anAppealNeedsAReason() {
        fixture.given(OPENED, scored(FACTS, null), reviewed())
                .when(new AppealAppraisalCommand(ID, ""))
                .expectNoEvents().expectException(rejectedOn("reason"));
    }

    @Test
    void finalizationFreezesAnAcknowledgedAppraisal() {
        Scorecard.Result result = Scorecard.score(FACTS, KpiWeights.standard(), RUBRIC);
        fixture.given(OPENED, scored(FACTS, null), reviewed(), scored(FACTS, RUBRIC),
                        new AppraisalAcknowledgedEvent(ID, REP))
                .when(new FinalizeAppraisalCommand(ID))
                .expectEvents(new AppraisalFinalizedEvent(ID, REP, "2027-03", result.score(), result.rating()));
    }

    @Test
    void transitionsOutOfOrderAreConflicts() {
        expectConflict(new AcknowledgeAppraisalCommand(ID), OPENED, scored(FACTS, null));
        expectConflict(new AppealAppraisalCommand(ID, "理由"), OPENED, scored(FACTS, null));
        expectConflict(new FinalizeAppraisalCommand(ID), OPENED, scored(FACTS, null), reviewed());
        expectConflict(new ReviewAppraisalCommand(ID, MANAGER, RUBRIC, "好"), OPENED, scored(FACTS, null), reviewed());
        Object[] finalized = {OPENED, scored(FACTS, null), reviewed(), new AppraisalAcknowledgedEvent(ID, REP),
                new AppraisalFinalizedEvent(ID, REP, "2027-03", new BigDecimal("71.01"), "C")};
        expectConflict(new AppealAppraisalCommand(ID, "理由"), finalized);
        expectConflict(new ReviewAppraisalCommand(ID, MANAGER, RUBRIC, "好"), finalized);
        expectConflict(new FinalizeAppraisalCommand(ID), finalized);
        expectConflict(new AcknowledgeAppraisalCommand(ID), finalized);
    }

    private void expectConflict(Object command, Object... history) {
        fixture.given(history).when(command).expectNoEvents().expectException(RuleViolationException.class);
    }

    private static AppraisalReviewedEvent reviewed() {
        return new AppraisalReviewedEvent(ID, REP, MANAGER, RUBRIC, "好");
    }

    private static AppraisalScoredEvent scored(KpiFacts facts, BehaviourRubric rubric) {
        return scored(facts, rubric, KpiWeights.standard(), "2027-03");
    }

    private static AppraisalScoredEvent scored(KpiFacts facts, BehaviourRubric rubric, KpiWeights weights,
                                               String period) {
        Scorecard.Result result = Scorecard.score(facts, weights, rubric);
        return new AppraisalScoredEvent(ID, REP, period, result.kpis(), result.score(), result.rating());
    }

    private void expectRejected(OpenAppraisalCommand command, String field) {
        fixture.givenNoPriorActivity().when(command).expectNoEvents().expectException(rejectedOn(field));
    }
}
