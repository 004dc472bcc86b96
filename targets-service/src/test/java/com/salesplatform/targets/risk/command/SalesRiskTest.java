package com.salesplatform.targets.risk.command;

import static com.salesplatform.platformtest.Rejections.rejectedOn;

import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.targets.risk.api.AssessRiskCommand;
import com.salesplatform.targets.risk.api.CloseRiskCommand;
import com.salesplatform.targets.risk.api.IdentifyRiskCommand;
import com.salesplatform.targets.risk.api.PlanRiskMitigationCommand;
import com.salesplatform.targets.risk.api.RecordRiskOccurrenceCommand;
import com.salesplatform.targets.risk.api.RiskAssessedEvent;
import com.salesplatform.targets.risk.api.RiskCategory;
import com.salesplatform.targets.risk.api.RiskClosedEvent;
import com.salesplatform.targets.risk.api.RiskIdentifiedEvent;
import com.salesplatform.targets.risk.api.RiskMitigationPlannedEvent;
import com.salesplatform.targets.risk.api.RiskOccurredEvent;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SalesRiskTest {

    private static final String RISK = "8b2d6a10-4c1e-4f7a-9d3e-2a5b7c9e1f30";
    private static final String OWNER = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final String TARGET = "3f0c3c1e-7d5a-4c55-9a51-0c8f1f4b2a10";

    private final RiskIdentifiedEvent identified = new RiskIdentifiedEvent(RISK, RiskCategory.CUSTOMER_DEFAULT,
            "大客户付款逾期", OWNER, List.of(TARGET), List.of());
    private final RiskAssessedEvent assessed = new RiskAssessedEvent(RISK, 4, 5, 20);
    private final RiskMitigationPlannedEvent planned = new RiskMitigationPlannedEvent(RISK, "每周跟进回款", "法务催收");

    private FixtureConfiguration<SalesRisk> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SalesRisk.class);
    }

    @Test
    void identifiesARisk() {
        fixture.givenNoPriorActivity()
                .when(identify(null, null, null, null))
                .expectEvents(identified);
    }

    @Test
    void identifiesAssessesAndPlansAtOnce() {
        fixture.givenNoPriorActivity()
                .when(identify(4, 5, " 每周跟进回款 ", "法务催收"))
                .expectEvents(identified, assessed, planned);
    }

    @Test
    void rejectsWhatIdentificationCannotTake() {
        expectRejected(new IdentifyRiskCommand(RISK, null, "d", null, null, null, null, null, null, null), "category");
        expectRejected(new IdentifyRiskCommand(RISK, RiskCategory.OTHER, " ", null, null, null, null, null, null, null),
                "description");
        expectRejected(identify(4, null, null, null), "impact");
        expectRejected(identify(0, 3, null, null), "likelihood");
        expectRejected(identify(null, null, "plan", "contingency"), "likelihood");
        expectRejected(identify(3, 3, " ", "contingency"), "mitigationPlan");
    }

    @Test
    void eitherPlanAloneIsTakenAtIdentification() {
        fixture.givenNoPriorActivity()
                .when(identify(4, 5, null, " 启动法务催收 "))
                .expectEvents(identified, assessed, new RiskMitigationPlannedEvent(RISK, null, "启动法务催收"));
        fixture.givenNoPriorActivity()
                .when(identify(4, 5, "每周跟进回款", null))
                .expectEvents(identified, assessed, new RiskMitigationPlannedEvent(RISK, "每周跟进回款", null));
    }

    @Test
    void assessesWithScoreAsProductAndMayReassess() {
        fixture.given(identified)
                .when(new AssessRiskCommand(RISK, 3, 4))
                .expectEvents(new RiskAssessedEvent(RISK, 3, 4, 12));
        fixture.given(identified, assessed, planned)
                .when(new AssessRiskCommand(RISK, 2, 2))
                .expectEvents(new RiskAssessedEvent(RISK, 2, 2, 4));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6})
    void rejectsARatingOffTheScale(int rating) {
        fixture.given(identified)
                .when(new AssessRiskCommand(RISK, rating, 3))
                .expectNoEvents()
                .expectException(rejectedOn("likelihood"));
        fixture.given(identified)
                .when(new AssessRiskCommand(RISK, 3, rating))
                .expectNoEvents()
                .expectException(rejectedOn("impact"));
    }

    @Test
    void plansMitigationOnceAssessed() {
        fixture.given(identified, assessed)
                .when(new PlanRiskMitigationCommand(RISK, "每周跟进回款", "法务催收"))
                .expectEvents(planned);
        fixture.given(identified, assessed)
                .when(new PlanRiskMitigationCommand(RISK, "每周跟进回款", ""))
                .expectNoEvents()
                .expectException(rejectedOn("contingencyPlan"));
    }

    @Test
    void recordsAnOccurrenceAndClosesIt() {
        fixture.given(identified, assessed, planned)
                .when(new RecordRiskOccurrenceCommand(RISK, "客户破产"))
                .expectEvents(new RiskOccurredEvent(RISK, "客户破产"));
        fixture.given(identified, assessed, planned, new RiskOccurredEvent(RISK, "客户破产"))
                .when(new CloseRiskCommand(RISK, "目标已下调"))
                .expectEvents(new RiskClosedEvent(RISK, "目标已下调"));
        fixture.given(identified)
                .when(new RecordRiskOccurrenceCommand(RISK, " "))
                .expectNoEvents()
                .expectException(rejectedOn("description"));
        fixture.given(identified)
                .when(new CloseRiskCommand(RISK, null))
                .expectNoEvents()
                .expectException(rejectedOn("resolution"));
    }

    @Test
    void invalidTransitionsAreConflicts() {
        RiskClosedEvent closed = new RiskClosedEvent(RISK, "done");
        RiskOccurredEvent occurred = new RiskOccurredEvent(RISK, "happened");
        expectConflict(new PlanRiskMitigationCommand(RISK, "p", "c"), identified);
        expectConflict(new PlanRiskMitigationCommand(RISK, "p", "c"), identified, assessed, occurred);
        expectConflict(new AssessRiskCommand(RISK, 1, 1), identified, occurred);
        expectConflict(new AssessRiskCommand(RISK, 1, 1), identified, closed);
        expectConflict(new RecordRiskOccurrenceCommand(RISK, "again"), identified, occurred);
        expectConflict(new RecordRiskOccurrenceCommand(RISK, "again"), identified, closed);
        expectConflict(new CloseRiskCommand(RISK, "again"), identified, closed);
    }

    private void expectConflict(Object command, Object... given) {
        fixture.given(given).when(command).expectNoEvents().expectException(RuleViolationException.class);
    }

    private void expectRejected(IdentifyRiskCommand command, String field) {
        fixture.givenNoPriorActivity().when(command).expectNoEvents().expectException(rejectedOn(field));
    }

    private static IdentifyRiskCommand identify(Integer likelihood, Integer impact, String mitigation,
                                                String contingency) {
        return new IdentifyRiskCommand(RISK, RiskCategory.CUSTOMER_DEFAULT, "大客户付款逾期", likelihood, impact, OWNER,
                mitigation, contingency, List.of(TARGET), null);
    }
}
