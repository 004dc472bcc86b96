package com.salesplatform.performance.incentive.web;

import com.salesplatform.performance.incentive.api.CommissionTier;
import com.salesplatform.performance.incentive.api.IncentivePlanDefinedEvent;
import java.math.BigDecimal;
import java.util.List;

/** An incentive plan as the API answers it: its id, period, commission tiers and bonuses. */
public record IncentivePlanView(String id, String name, String period, List<CommissionTier> tiers,
                                BigDecimal targetBonus, BigDecimal teamBonus) {

    static IncentivePlanView of(IncentivePlanDefinedEvent plan) {
        return new IncentivePlanView(plan.planId(), plan.name(), plan.period(), plan.tiers(), plan.targetBonus(),
                plan.teamBonus());
    }
}
