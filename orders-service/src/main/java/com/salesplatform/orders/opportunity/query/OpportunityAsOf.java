package com.salesplatform.orders.opportunity.query;

import com.salesplatform.orders.opportunity.api.FindOpportunityAsOfQuery;
import com.salesplatform.orders.opportunity.api.NegotiationRoundRecordedEvent;
import com.salesplatform.orders.opportunity.api.OpportunityLostEvent;
import com.salesplatform.orders.opportunity.api.OpportunityOpenedEvent;
import com.salesplatform.orders.opportunity.api.OpportunityStage;
import com.salesplatform.orders.opportunity.api.OpportunityStageChangedEvent;
import com.salesplatform.orders.opportunity.api.OpportunityWonEvent;
import com.salesplatform.platform.history.AggregateEvents;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/opportunities/{id}?asOf=}: the deal as it was at an instant, folded from its event stream, with
 * the time in each open stage counted up to that instant.
 */
@Component
class OpportunityAsOf {

    private final AggregateEvents events;

    OpportunityAsOf(AggregateEvents events) {
        this.events = events;
    }

    @QueryHandler
    Optional<OpportunityView> handle(FindOpportunityAsOfQuery query) {
        Replay replay = new Replay();
        events.upTo(query.opportunityId(), query.asOf()).forEach(replay::apply);
        return replay.view(query.asOf());
    }

    /** The deal's state after each of its events, as the projection keeps it. */
    private static final class Replay {

        private OpportunityOpenedEvent opened;
        private Instant openedAt;
        private String stage;
        private int probability;
        private BigDecimal wonAmount;
        private String closeReason;
        private String competitor;
        private final List<StagePeriod> stages = new ArrayList<>();
        private final List<NegotiationRound> rounds = new ArrayList<>();

        void apply(DomainEventMessage<?> message) {
            Instant at = message.getTimestamp();
            String actor = AggregateEvents.actorOf(message);
            Object event = message.getPayload();
            if (event instanceof OpportunityOpenedEvent openedEvent) {
                opened = openedEvent;
                openedAt = at;
                enter(openedEvent.stage(), openedEvent.probability(), at, actor);
            } else if (event instanceof OpportunityStageChangedEvent changed) {
                enter(changed.toStage(), changed.probability(), at, actor);
            } else if (event instanceof OpportunityWonEvent won) {
                enter(OpportunityStage.WON, OpportunityStage.WON.probability(), at, actor);
                end(won.amount(), won.reason(), null);
            } else if (event instanceof OpportunityLostEvent lost) {
                enter(OpportunityStage.LOST, OpportunityStage.LOST.probability(), at, actor);
                end(null, lost.reason(), lost.competitor());
            } else if (event instanceof NegotiationRoundRecordedEvent round) {
                rounds.add(new NegotiationRound(round.round(), round.ourOffer(), round.counterOffer(), round.notes(),
                        at, actor));
            }
        }

        private void enter(OpportunityStage entered, int enteredProbability, Instant at, String actor) {
            if (!stages.isEmpty()) {
                stages.set(stages.size() - 1, stages.get(stages.size() - 1).leftAt(at));
            }
            stages.add(new StagePeriod(entered.name(), at, null, actor, null, null));
            stage = entered.name();
            probability = enteredProbability;
            wonAmount = null;
            closeReason = null;
            competitor = null;
        }

        private void end(BigDecimal amount, String reason, String lostTo) {
            wonAmount = amount;
            closeReason = reason;
            competitor = lostTo;
            stages.set(stages.size() - 1, stages.get(stages.size() - 1).endedWith(reason, lostTo));
        }

        /** Empty when the deal had not been opened yet. */
        Optional<OpportunityView> view(Instant asOf) {
            if (opened == null) {
                return Optional.empty();
            }
            return Optional.of(new OpportunityView(opened.opportunityId(), opened.customerId(), opened.repId(),
                    opened.teamId(), opened.title(), opened.expectedAmount(), opened.currency(),
                    opened.expectedCloseDate(), stage, probability, wonAmount, closeReason, competitor, openedAt,
                    List.copyOf(stages), StagePeriod.secondsInOpenStages(stages, asOf), List.copyOf(rounds)));
        }
    }
}
