package com.salesplatform.performance.incentive.api;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Published as IncentivePlanDefined v1: commission tiers on attainment, the bonus for meeting the target, and the
 * team bonus pool a team that meets its reps' combined target splits by share of revenue.
 */
@Revision("1")
public record IncentivePlanDefinedEvent(String planId, String name, String period, List<CommissionTier> tiers,
                                        BigDecimal targetBonus, BigDecimal teamBonus) {
}
