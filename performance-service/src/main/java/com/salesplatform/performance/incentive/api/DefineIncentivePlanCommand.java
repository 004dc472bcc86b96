package com.salesplatform.performance.incentive.api;

import java.math.BigDecimal;
import java.util.List;

/** Defines an incentive plan for a year, quarter or month; payouts of that period follow it. */
public record DefineIncentivePlanCommand(String planId, String name, String period, List<CommissionTier> tiers,
                                         BigDecimal targetBonus, BigDecimal teamBonus) {
}
