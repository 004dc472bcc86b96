package com.salesplatform.targets.target.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** {@code POST /api/targets/{id}/adjustments}: the new amount, why, and optionally the risk behind it. */
record AdjustTargetRequest(
        @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @NotBlank @Size(max = 2000) @Schema(example = "主要客户预算削减，下调季度目标") String reason,
        @Pattern(regexp = SetTargetRequest.UUID_PATTERN, message = "must be a UUID") String riskId) {
}
