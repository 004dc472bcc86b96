package com.salesplatform.performance.appraisal.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.performance.appraisal.api.AcknowledgeAppraisalCommand;
import com.salesplatform.performance.appraisal.api.AppealAppraisalCommand;
import com.salesplatform.performance.appraisal.api.AppraisalAcknowledgedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalAppealedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalFinalizedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalOpenedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalReviewedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalScoredEvent;
import com.salesplatform.performance.appraisal.api.AppraisalStatus;
import com.salesplatform.performance.appraisal.api.BehaviourRubric;
import com.salesplatform.performance.appraisal.api.FinalizeAppraisalCommand;
import com.salesplatform.performance.appraisal.api.KpiScore;
import com.salesplatform.performance.appraisal.api.KpiWeights;
import com.salesplatform.performance.appraisal.api.OpenAppraisalCommand;
import com.salesplatform.performance.appraisal.api.RefreshAppraisalFactsCommand;
import com.salesplatform.performance.appraisal.api.ReviewAppraisalCommand;
import com.salesplatform.performance.period.Period;
import com.salesplatform.performance.lookup.RepFacts;
import com.salesplatform.performance.lookup.RepStanding;
import com.salesplatform.performance.lookup.RepTimeline;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.value.Text;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The appraisal of one rep for one month or quarter (docs/domain.md §4): opened with its facts scored, refreshed until
 * the manager's review, reviewed (behaviour rubric and feedback), then acknowledged — or appealed back to the
 * manager — and finally frozen.
 */
@Aggregate
public class Appraisal {

    static final int MAX_TEXT_LENGTH = 4000;

    @AggregateIdentifier
    private String appraisalId;
    private String repId;
    private Period period;
    private KpiWeights weights;
    private AppraisalStatus status;
    private List<KpiScore> kpis;
    private BigDecimal score;
    private String rating;

    protected Appraisal() {
        // for Axon
    }

    @CommandHandler
    public Appraisal(OpenAppraisalCommand command, RepTimeline roster, RepFacts facts, Clock clock) {
        Period opened = requirePeriod(command.period(), clock);
        KpiWeights chosen = requireWeights(command.weights());
        LocalDate rosterDate = min(opened.lastDay(), LocalDate.now(clock));
        RepStanding rep = roster.asOf(command.repId(), rosterDate)
                .filter(standing -> memberDuring(standing, opened))
                .orElseThrow(() -> new FieldRejectedException("repId", "is not a rep in the roster during " + opened));
        // events applied in a constructor take effect after it returns: score once the opening is applied
        apply(new AppraisalOpenedEvent(command.appraisalId(), rep.repId(), rep.teamId(), opened.value(), chosen))
                .andThen(() -> rescore(facts, clock, null));
    }

    @CommandHandler
    public void handle(RefreshAppraisalFactsCommand command, RepFacts facts, Clock clock) {
        requireStatus("refresh the facts of", AppraisalStatus.OPEN);
        rescore(facts, clock, null);
    }

    @CommandHandler
    public void handle(ReviewAppraisalCommand command, RepFacts facts, Clock clock) {
        requireStatus("review", AppraisalStatus.OPEN, AppraisalStatus.APPEALED);
        BehaviourRubric reviewed = requireRubric(command.rubric());
        String feedback = Text.required("feedback", command.feedback(), MAX_TEXT_LENGTH);
        apply(new AppraisalReviewedEvent(appraisalId, repId, command.reviewerId(), reviewed, feedback));
        rescore(facts, clock, reviewed);
    }

    @CommandHandler
    public void handle(AcknowledgeAppraisalCommand command) {
        requireStatus("acknowledge", AppraisalStatus.REVIEWED);
        apply(new AppraisalAcknowledgedEvent(appraisalId, repId));
    }

    @CommandHandler
    public void handle(AppealAppraisalCommand command) {
        requireStatus("appeal", AppraisalStatus.REVIEWED);
        String reason = Text.required("reason", command.reason(), MAX_TEXT_LENGTH);
        apply(new AppraisalAppealedEvent(appraisalId, repId, reason));
    }

    @CommandHandler
    public void handle(FinalizeAppraisalCommand command) {
        requireStatus("finalize", AppraisalStatus.ACKNOWLEDGED);
        apply(new AppraisalFinalizedEvent(appraisalId, repId, period.value(), score, rating));
    }

    /** Scores the facts known now; records a new score only when something changed. */
    private void rescore(RepFacts facts, Clock clock, BehaviourRubric reviewed) {
        Scorecard.Result result = Scorecard.score(facts.kpiFacts(repId, period, clock.instant()), weights, reviewed);
        if (!result.kpis().equals(kpis)) {
            apply(new AppraisalScoredEvent(appraisalId, repId, period.value(), result.kpis(), result.score(),
                    result.rating()));
        }
    }

    private void requireStatus(String action, AppraisalStatus... allowed) {
        Set<AppraisalStatus> permitted = EnumSet.of(allowed[0], allowed);
        if (!permitted.contains(status)) {
            throw new RuleViolationException("Cannot " + action + " appraisal " + appraisalId + " while it is "
                    + status);
        }
    }

    private static Period requirePeriod(String value, Clock clock) {
        Period period = Period.parse(value);
        if (period.start(BusinessCalendar.of(clock)).isAfter(clock.instant())) {
            throw new FieldRejectedException("period", "must have begun");
        }
        return period;
    }

    private static KpiWeights requireWeights(KpiWeights weights) {
        if (weights == null) {
            return KpiWeights.standard();
        }
        if (weights.attainment() < 0 || weights.activity() < 0 || weights.satisfaction() < 0
                || weights.behaviour() < 0 || weights.total() != 100) {
            throw new FieldRejectedException("weights", "must be whole numbers of at least 0 summing to 100");
        }
        return weights;
    }

    private static BehaviourRubric requireRubric(BehaviourRubric rubric) {
        if (rubric == null) {
            throw new FieldRejectedException("rubric", "must not be null");
        }
        requireRubricScore("rubric.processAdherence", rubric.processAdherence());
        requireRubricScore("rubric.teamwork", rubric.teamwork());
        requireRubricScore("rubric.learning", rubric.learning());
        return rubric;
    }

    private static void requireRubricScore(String field, int value) {
        if (value < 1 || value > 5) {
            throw new FieldRejectedException(field, "must be between 1 and 5");
        }
    }

    /** A rep who departed before the period began has nothing to be appraised on. */
    private static boolean memberDuring(RepStanding rep, Period period) {
        return rep.departedOn() == null || !rep.departedOn().isBefore(period.firstMonth().atDay(1));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    @EventSourcingHandler
    void on(AppraisalOpenedEvent event) {
        appraisalId = event.appraisalId();
        repId = event.repId();
        period = Period.parse(event.period());
        weights = event.weights();
        status = AppraisalStatus.OPEN;
    }

    @EventSourcingHandler
    void on(AppraisalScoredEvent event) {
        kpis = event.kpis();
        score = event.score();
        rating = event.rating();
    }

    @EventSourcingHandler
    void on(AppraisalReviewedEvent event) {
        status = AppraisalStatus.REVIEWED;
    }

    @EventSourcingHandler
    void on(AppraisalAcknowledgedEvent event) {
        status = AppraisalStatus.ACKNOWLEDGED;
    }

    @EventSourcingHandler
    void on(AppraisalAppealedEvent event) {
        status = AppraisalStatus.APPEALED;
    }

    @EventSourcingHandler
    void on(AppraisalFinalizedEvent event) {
        status = AppraisalStatus.FINALIZED;
    }
}
