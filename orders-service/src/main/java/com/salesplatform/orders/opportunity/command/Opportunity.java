package com.salesplatform.orders.opportunity.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

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
import com.salesplatform.platform.value.Money;
import com.salesplatform.platform.value.Text;
import java.math.BigDecimal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A deal with a customer (docs/domain.md §3): its stages move forward only, WON and LOST close it, a LOST one may be
 * reopened at any open stage; negotiation rounds are recorded in NEGOTIATION.
 */
@Aggregate
public class Opportunity {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 500;
    static final int MAX_COMPETITOR = 200;

    @AggregateIdentifier
    private String opportunityId;
    private String customerId;
    private String repId;
    private String teamId;
    private BigDecimal expectedAmount;
    private OpportunityStage stage;
    private int rounds;

    protected Opportunity() {
        // for Axon
    }

    @CommandHandler
    public Opportunity(OpenOpportunityCommand command, CustomerReplica customers, RosterReplica roster) {
        String title = Text.required("title", command.title(), MAX_TITLE);
        BigDecimal amount = Money.requirePositiveCents("expectedAmount", command.expectedAmount());
        if (command.expectedCloseDate() == null) {
            throw new FieldRejectedException("expectedCloseDate", "must not be null");
        }
        String owner = customers.ownerOf(command.customerId()).orElseThrow(() -> new RuleViolationException(
                "Customer " + command.customerId() + " has no owner rep yet"));
        OpportunityStage first = OpportunityStage.PROSPECTING;
        apply(new OpportunityOpenedEvent(command.opportunityId(), command.customerId(), owner,
                roster.teamOf(owner).orElse(null), title, amount, Money.CURRENCY, command.expectedCloseDate(), first,
                first.probability()));
    }

    @CommandHandler
    public void handle(ChangeOpportunityStageCommand command) {
        OpportunityStage next = command.stage();
        if (next == null || next.isClosed()) {
            throw new FieldRejectedException("stage", "must be an open stage (WON and LOST have their own calls)");
        }
        boolean reopening = stage == OpportunityStage.LOST;
        if (stage == OpportunityStage.WON || (!reopening && next.compareTo(stage) <= 0)) {
            throw new RuleViolationException("Opportunity " + opportunityId + " is " + stage
                    + ": stages move forward only (a LOST one may be reopened)");
        }
        apply(new OpportunityStageChangedEvent(opportunityId, customerId, repId, teamId, stage, next,
                next.probability(), expectedAmount, Money.CURRENCY));
    }

    @CommandHandler
    public void handle(RecordNegotiationRoundCommand command) {
        BigDecimal ourOffer = Money.requirePositiveCents("ourOffer", command.ourOffer());
        BigDecimal counterOffer = command.counterOffer() == null ? null
                : Money.requirePositiveCents("counterOffer", command.counterOffer());
        String notes = command.notes() == null || command.notes().isBlank() ? null
                : Text.required("notes", command.notes(), MAX_TEXT);
        if (stage != OpportunityStage.NEGOTIATION) {
            throw new RuleViolationException("Negotiation rounds are recorded in NEGOTIATION; opportunity "
                    + opportunityId + " is " + stage);
        }
        apply(new NegotiationRoundRecordedEvent(opportunityId, rounds + 1, ourOffer, counterOffer, notes,
                Money.CURRENCY));
    }

    @CommandHandler
    public void handle(MarkOpportunityWonCommand command) {
        BigDecimal amount = command.amount() == null ? expectedAmount
                : Money.requirePositiveCents("amount", command.amount());
        String reason = command.reason() == null || command.reason().isBlank() ? null
                : Text.required("reason", command.reason(), MAX_TEXT);
        requireOpen("win");
        apply(new OpportunityWonEvent(opportunityId, customerId, repId, teamId, stage, amount, Money.CURRENCY,
                reason));
    }

    @CommandHandler
    public void handle(MarkOpportunityLostCommand command) {
        String reason = Text.required("reason", command.reason(), MAX_TEXT);
        String competitor = command.competitor() == null || command.competitor().isBlank() ? null
                : Text.required("competitor", command.competitor(), MAX_COMPETITOR);
        requireOpen("lose");
        apply(new OpportunityLostEvent(opportunityId, customerId, repId, teamId, stage, reason, competitor));
    }

    private void requireOpen(String action) {
        if (stage.isClosed()) {
            throw new RuleViolationException("Cannot " + action + " opportunity " + opportunityId + ": it is "
                    + stage);
        }
    }

    @EventSourcingHandler
    void on(OpportunityOpenedEvent event) {
        opportunityId = event.opportunityId();
        customerId = event.customerId();
        repId = event.repId();
        teamId = event.teamId();
        expectedAmount = event.expectedAmount();
        stage = event.stage();
    }

    @EventSourcingHandler
    void on(OpportunityStageChangedEvent event) {
        stage = event.toStage();
    }

    @EventSourcingHandler
    void on(NegotiationRoundRecordedEvent event) {
        rounds = event.round();
    }

    @EventSourcingHandler
    void on(OpportunityWonEvent event) {
        stage = OpportunityStage.WON;
    }

    @EventSourcingHandler
    void on(OpportunityLostEvent event) {
        stage = OpportunityStage.LOST;
    }
}
