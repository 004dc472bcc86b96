package com.salesplatform.targets.target.web;

import com.salesplatform.targets.target.api.Granularity;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** {@code POST /api/targets/{id}/decomposition}: equal parts unless {@code weights} (one per part, summing to 1). */
record DecomposeTargetRequest(
        @NotNull Granularity granularity,
        @Size(min = 3, max = 12) List<@NotNull @Positive @Digits(integer = 1, fraction = 10) BigDecimal> weights) {
}
