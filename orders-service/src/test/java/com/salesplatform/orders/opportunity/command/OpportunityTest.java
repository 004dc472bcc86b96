package com.salesplatform.orders.opportunity.command;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.salesplatform.orders.lookup.CustomerReplica;
import com.salesplatform.orders.opportunity.api.ChangeOpportunityStageCommand;
import com.salesplatform.orders.opportunity.api.MarkOpportunityLostCommand;
import com.salesplatform.orders.opportunity.api.MarkOpportunityWonCommand;
import com.salesplatform.orders.opportunity.api.NegotiationRoundRecordedEvent;
import com.salesplatform.orders.opportunity.api.OpenOpportunityCommand;
import com.salesplatform.orders.opportunity.api.OpportunityLostEvent;
import com.salesplatform.orders.opportunity.api.OpportunityOpenedEvent;
import com.salesplatform.orders.opportunity.api.OpportunityStage;
import com.salesplatform.orders.opportunity.api.OpportunityStageChangedEvent;
import com.salesplatform.orders.opportunity.api.OpportunityWonEvent;
import com.salesplatform.orders.opportunity.api.RecordNegotiationRoundCommand;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.roster.RosterReplica;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OpportunityTest {

    private static final String DEAL = "5a1e5000-0000-4000-8000-00000000a001";
    private static final String CUSTOMER = "5a1e5000-0000-4000-8000-00000000e001";
    private static final String REP = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final LocalDate CLOSE = LocalDate.of(2027, 6, 30);
    private static final BigDecimal EXPECTED = new BigDecimal("120000.00");
    private static final OpportunityOpenedEvent OPENED = new OpportunityOpenedEvent(DEAL, CUSTOMER, REP, TEAM,
            "华信贸易 CRM 升级项目", EXPECTED, "CNY", CLOSE, OpportunityStage.PROSPECTING, 10);

    private final CustomerReplica customers = mock(CustomerReplica.class);
    private final RosterReplica roster = mock(RosterReplica.class);
    private FixtureConfiguration<Opportunity> fixture;

    @BeforeEach
    void setUp() {
        given(customers.ownerOf(CUSTOMER)).willReturn(Optional.of(REP));
        given(roster.teamOf(REP)).willReturn(Optional.of(TEAM));
        fixture = new AggregateTestFixture<>(Opportunity.class);
        fixture.registerInjectableResource(customers);
        fixture.registerInjectableResource(roster);
    }

    @Test
    void opensAtProspectingForTheCustomersOwner() {
        fixture.givenNoPriorActivity()
                .when(new OpenOpportunityCommand(DEAL, CUSTOMER, " 华信贸易 CRM 升级项目 ", new BigDecimal("120000"),
                        CLOSE))
                .expectEvents(OPENED);
    }

    @Test
    void rejectsABlankTitleAnAmountThatIsNotCentsAndACustomerWithoutOwner() {
        fixture.givenNoPriorActivity().when(new OpenOpportunityCommand(DEAL, CUSTOMER, " ", EXPECTED, CLOSE))
                .expectException(FieldRejectedException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new OpenOpportunityCommand(DEAL, CUSTOMER, "项目", new BigDecimal("1.001"), CLOSE))
                .expectException(FieldRejectedException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(new OpenOpportunityCommand(DEAL, CUSTOMER, "项目", EXPECTED, null))
                .expectException(FieldRejectedException.class).expectNoEvents();
        given(customers.ownerOf(CUSTOMER)).willReturn(Optional.empty());
        fixture.givenNoPriorActivity().when(new OpenOpportunityCommand(DEAL, CUSTOMER, "项目", EXPECTED, CLOSE))
                .expectException(RuleViolationException.class).expectNoEvents();
    }

    @Test
    void movesForwardWithTheProbabilityOfEachStageSkippingIsAllowed() {
        fixture.given(OPENED).when(new ChangeOpportunityStageCommand(DEAL, OpportunityStage.NEEDS_ANALYSIS))
                .expectEvents(changed(OpportunityStage.PROSPECTING, OpportunityStage.NEEDS_ANALYSIS, 25));
        fixture.given(OPENED).when(new ChangeOpportunityStageCommand(DEAL, OpportunityStage.PROPOSAL))
                .expectEvents(changed(OpportunityStage.PROSPECTING, OpportunityStage.PROPOSAL, 50));
        fixture.given(OPENED, changed(OpportunityStage.PROSPECTING, OpportunityStage.PROPOSAL, 50))
                .when(new ChangeOpportunityStageCommand(DEAL, OpportunityStage.NEGOTIATION))
                .expectEvents(changed(OpportunityStage.PROPOSAL, OpportunityStage.NEGOTIATION, 75));
    }

    @Test
    void neverMovesBackOrStaysAndWonAndLostHaveTheirOwnCalls() {
        fixture.given(OPENED, changed(OpportunityStage.PROSPECTING, OpportunityStage.PROPOSAL, 50))
                .when(new ChangeOpportunityStageCommand(DEAL, OpportunityStage.NEEDS_ANALYSIS))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(OPENED).when(new ChangeOpportunityStageCommand(DEAL, OpportunityStage.PROSPECTING))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(OPENED).when(new ChangeOpportunityStageCommand(DEAL, OpportunityStage.WON))
                .expectException(FieldRejectedException.class).expectNoEvents();
    }

    @Test
    void aLostDealIsReopenedAtAnyOpenStageAWonOneNever() {
        OpportunityLostEvent lost = new OpportunityLostEvent(DEAL, CUSTOMER, REP, TEAM, OpportunityStage.PROSPECTING,
                "预算冻结", null);
        fixture.given(OPENED, lost).when(new ChangeOpportunityStageCommand(DEAL, OpportunityStage.PROSPECTING))
                .expectEvents(changed(OpportunityStage.LOST, OpportunityStage.PROSPECTING, 10));
        fixture.given(OPENED, won()).when(new ChangeOpportunityStageCommand(DEAL, OpportunityStage.NEGOTIATION))
                .expectException(RuleViolationException.class).expectNoEvents();
    }

    @Test
    void recordsNumberedNegotiationRoundsInNegotiationOnly() {
        OpportunityStageChangedEvent negotiating =
                changed(OpportunityStage.PROSPECTING, OpportunityStage.NEGOTIATION, 75);
        fixture.given(OPENED, negotiating)
                .when(new RecordNegotiationRoundCommand(DEAL, new BigDecimal("118000"), new BigDecimal("105000"),
                        "客户要求增加培训天数"))
                .expectEvents(new NegotiationRoundRecordedEvent(DEAL, 1, new BigDecimal("118000.00"),
                        new BigDecimal("105000.00"), "客户要求增加培训天数", "CNY"));
        fixture.given(OPENED, negotiating, new NegotiationRoundRecordedEvent(DEAL, 1, new BigDecimal("118000.00"),
                        new BigDecimal("105000.00"), null, "CNY"))
                .when(new RecordNegotiationRoundCommand(DEAL, new BigDecimal("110000"), null, " "))
                .expectEvents(new NegotiationRoundRecordedEvent(DEAL, 2, new BigDecimal("110000.00"), null, null,
                        "CNY"));
        fixture.given(OPENED).when(new RecordNegotiationRoundCommand(DEAL, BigDecimal.TEN, null, null))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(OPENED, negotiating).when(new RecordNegotiationRoundCommand(DEAL, null, null, null))
                .expectException(FieldRejectedException.class).expectNoEvents();
    }

    @Test
    void isWonWithTheExpectedAmountUnlessAnotherIsGiven() {
        fixture.given(OPENED).when(new MarkOpportunityWonCommand(DEAL, null, "方案契合度高")).expectEvents(won());
        fixture.given(OPENED).when(new MarkOpportunityWonCommand(DEAL, new BigDecimal("110000"), null))
                .expectEvents(new OpportunityWonEvent(DEAL, CUSTOMER, REP, TEAM, OpportunityStage.PROSPECTING,
                        new BigDecimal("110000.00"), "CNY", null));
    }

    @Test
    void isLostWithAReasonAndTheCompetitor() {
        fixture.given(OPENED).when(new MarkOpportunityLostCommand(DEAL, "价格高于竞品", "某竞品公司"))
                .expectEvents(new OpportunityLostEvent(DEAL, CUSTOMER, REP, TEAM, OpportunityStage.PROSPECTING,
                        "价格高于竞品", "某竞品公司"));
        fixture.given(OPENED).when(new MarkOpportunityLostCommand(DEAL, " ", "某竞品公司"))
                .expectException(FieldRejectedException.class).expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = OpportunityStage.class, names = {"WON", "LOST"})
    void aClosedDealIsNeitherWonNorLostAgain(OpportunityStage closed) {
        Object closing = closed == OpportunityStage.WON ? won()
                : new OpportunityLostEvent(DEAL, CUSTOMER, REP, TEAM, OpportunityStage.PROSPECTING, "预算冻结", null);
        fixture.given(OPENED, closing).when(new MarkOpportunityWonCommand(DEAL, null, null))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(OPENED, closing).when(new MarkOpportunityLostCommand(DEAL, "再次", null))
                .expectException(RuleViolationException.class).expectNoEvents();
    }

    private static OpportunityWonEvent won() {
        return new OpportunityWonEvent(DEAL, CUSTOMER, REP, TEAM, OpportunityStage.PROSPECTING, EXPECTED, "CNY",
                "方案契合度高");
    }

    private static OpportunityStageChangedEvent changed(OpportunityStage from, OpportunityStage to, int probability) {
        return new OpportunityStageChangedEvent(DEAL, CUSTOMER, REP, TEAM, from, to, probability, EXPECTED, "CNY");
    }
}
