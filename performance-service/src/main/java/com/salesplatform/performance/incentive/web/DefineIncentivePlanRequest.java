package com.salesplatform.performance.incentive.web;

import com.salesplatform.performance.incentive.api.CommissionTier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** {@code POST /api/incentive-plans}. */
public record DefineIncentivePlanRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank String period,
        @NotEmpty List<CommissionTier> tiers,
        BigDecimal targetBonus,
        BigDecimal teamBonus) {
}
