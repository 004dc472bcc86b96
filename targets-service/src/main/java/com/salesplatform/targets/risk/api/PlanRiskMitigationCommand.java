package com.salesplatform.targets.risk.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** How the risk is reduced, and the contingency plan (应急预案) for when it occurs anyway. */
public record PlanRiskMitigationCommand(
        @TargetAggregateIdentifier String riskId,
        String mitigationPlan,
        String contingencyPlan) {
}
