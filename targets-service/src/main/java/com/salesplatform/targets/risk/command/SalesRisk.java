package com.salesplatform.targets.risk.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.value.Text;
import com.salesplatform.targets.risk.api.AssessRiskCommand;
import com.salesplatform.targets.risk.api.CloseRiskCommand;
import com.salesplatform.targets.risk.api.IdentifyRiskCommand;
import com.salesplatform.targets.risk.api.PlanRiskMitigationCommand;
import com.salesplatform.targets.risk.api.RecordRiskOccurrenceCommand;
import com.salesplatform.targets.risk.api.RiskAssessedEvent;
import com.salesplatform.targets.risk.api.RiskClosedEvent;
import com.salesplatform.targets.risk.api.RiskIdentifiedEvent;
import com.salesplatform.targets.risk.api.RiskMitigationPlannedEvent;
import com.salesplatform.targets.risk.api.RiskOccurredEvent;
import com.salesplatform.targets.risk.api.RiskStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A sales risk (docs/domain.md §1, 销售风险管理): identified, assessed (score = likelihood × impact), mitigated with a
 * contingency plan, and closed — or it occurs, and is closed once dealt with.
 */
@Aggregate
public class SalesRisk {

    private static final Set<RiskStatus> OPEN = EnumSet.of(RiskStatus.IDENTIFIED, RiskStatus.ASSESSED,
            RiskStatus.MITIGATING);

    @AggregateIdentifier
    private String riskId;
    private RiskStatus status;

    protected SalesRisk() {
        // for Axon
    }

    @CommandHandler
    public SalesRisk(IdentifyRiskCommand command) {
        if (command.category() == null) {
            throw new FieldRejectedException("category", "must not be null");
        }
        Text.required("description", command.description());
        boolean rated = command.likelihood() != null || command.impact() != null;
        RiskRating rating = rated ? RiskRating.of(command.likelihood(), command.impact()) : null;
        boolean planned = command.mitigationPlan() != null || command.contingencyPlan() != null;
        if (planned && !rated) {
            throw new FieldRejectedException("likelihood", "is needed (with impact) before a mitigation plan");
        }
        String mitigationPlan = optionalText("mitigationPlan", command.mitigationPlan());
        String contingencyPlan = optionalText("contingencyPlan", command.contingencyPlan());
        apply(new RiskIdentifiedEvent(command.riskId(), command.category(), command.description().strip(),
                command.ownerRepId(), listOf(command.targetIds()), listOf(command.customerIds())));
        if (rated) {
            apply(assessment(command.riskId(), rating));
        }
        if (planned) {
            apply(new RiskMitigationPlannedEvent(command.riskId(), mitigationPlan, contingencyPlan));
        }
    }

    @CommandHandler
    void handle(AssessRiskCommand command) {
        requireStatus(OPEN, "assessed");
        apply(assessment(riskId, RiskRating.of(command.likelihood(), command.impact())));
    }

    @CommandHandler
    void handle(PlanRiskMitigationCommand command) {
        requireStatus(EnumSet.of(RiskStatus.ASSESSED, RiskStatus.MITIGATING), "given a mitigation plan");
        requirePlans(command.mitigationPlan(), command.contingencyPlan());
        apply(new RiskMitigationPlannedEvent(riskId, command.mitigationPlan().strip(),
                command.contingencyPlan().strip()));
    }

    @CommandHandler
    void handle(RecordRiskOccurrenceCommand command) {
        requireStatus(OPEN, "recorded as occurred");
        Text.required("description", command.description());
        apply(new RiskOccurredEvent(riskId, command.description().strip()));
    }

    @CommandHandler
    void handle(CloseRiskCommand command) {
        requireStatus(EnumSet.complementOf(EnumSet.of(RiskStatus.CLOSED)), "closed");
        Text.required("resolution", command.resolution());
        apply(new RiskClosedEvent(riskId, command.resolution().strip()));
    }

    private static RiskAssessedEvent assessment(String riskId, RiskRating rating) {
        return new RiskAssessedEvent(riskId, rating.likelihood(), rating.impact(), rating.score());
    }

    private void requireStatus(Set<RiskStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new RuleViolationException("A risk that is " + status + " cannot be " + action);
        }
    }

    /** At identification each plan is optional (a contingency plan may come before the mitigation plan). */
    private static String optionalText(String field, String value) {
        return value == null ? null : Text.required(field, value);
    }

    private static void requirePlans(String mitigationPlan, String contingencyPlan) {
        Text.required("mitigationPlan", mitigationPlan);
        Text.required("contingencyPlan", contingencyPlan);
    }

    private static List<String> listOf(List<String> ids) {
        return ids == null ? List.of() : List.copyOf(ids);
    }

    @EventSourcingHandler
    void on(RiskIdentifiedEvent event) {
        riskId = event.riskId();
        status = RiskStatus.IDENTIFIED;
    }

    @EventSourcingHandler
    void on(RiskAssessedEvent event) {
        if (status == RiskStatus.IDENTIFIED) {
            status = RiskStatus.ASSESSED;
        }
    }

    @EventSourcingHandler
    void on(RiskMitigationPlannedEvent event) {
        status = RiskStatus.MITIGATING;
    }

    @EventSourcingHandler
    void on(RiskOccurredEvent event) {
        status = RiskStatus.OCCURRED;
    }

    @EventSourcingHandler
    void on(RiskClosedEvent event) {
        status = RiskStatus.CLOSED;
    }
}
