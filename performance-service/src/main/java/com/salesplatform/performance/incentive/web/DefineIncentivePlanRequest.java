package com.salesplatform.performance.incentive.web;

import com.salesplatform.performance.incentive.api.CommissionTier;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** {@code POST /api/incentive-plans}. */
public record DefineIncentivePlanRequest(
        @NotBlank @Size(max = 200) @Schema(example = "2027 年销售提成方案") String name,
        @NotBlank String period,
        @NotEmpty List<CommissionTier> tiers,
        BigDecimal targetBonus,
        BigDecimal teamBonus) {
}
