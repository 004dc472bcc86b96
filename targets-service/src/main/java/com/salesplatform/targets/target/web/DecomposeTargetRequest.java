package com.salesplatform.targets.target.web;

import com.salesplatform.targets.target.api.Granularity;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code POST /api/targets/{id}/decomposition}: equal parts unless {@code weights} (one per part, summing to 1 within
 * 1e-9). A weight may have as many decimals as a binary float prints (JavaScript's 1/12 is 0.08333333333333333).
 */
record DecomposeTargetRequest(
        @NotNull Granularity granularity,
        @Size(min = 3, max = 12) List<@NotNull @Positive @Digits(integer = 1, fraction = 30) BigDecimal> weights) {
}
