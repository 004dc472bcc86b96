package com.salesplatform.targets.target.command;

import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.targets.lookup.IncentivePlans;

/** The incentive plan a target names: one performance-service defined, for the target's period or one containing it. */
final class RewardingPlan {

    private RewardingPlan() {
    }

    static void require(String planId, Period targetPeriod, IncentivePlans plans) {
        if (planId == null) {
            return;
        }
        CalendarPeriod planPeriod = plans.periodOf(planId)
                .orElseThrow(() -> new FieldRejectedException("incentivePlanId", "is not a known incentive plan"));
        CalendarPeriod period = targetPeriod.calendar();
        if (period.start().isBefore(planPeriod.start()) || period.endExclusive().isAfter(planPeriod.endExclusive())) {
            throw new FieldRejectedException("incentivePlanId", "rewards " + planPeriod.value()
                    + ", which does not cover the target's period " + period.value());
        }
    }
}
