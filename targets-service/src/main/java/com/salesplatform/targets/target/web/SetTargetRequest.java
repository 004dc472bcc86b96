package com.salesplatform.targets.target.web;

import com.salesplatform.targets.target.api.TargetMetric;
import com.salesplatform.targets.target.api.TargetScope;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** {@code POST /api/targets}: the SMART fields of DOMAIN.md §1; {@code id} only when the client chooses it. */
public record SetTargetRequest(
        @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String id,
        @NotNull TargetScope scope,
        @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String ownerId,
        @NotBlank @Pattern(regexp = "\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2])|-W\\d{2})?",
                message = "must be a year (2027), quarter (2027-Q1), month (2027-03) or ISO week (2027-W09)")
        String period,
        @NotNull TargetMetric metric,
        @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY") String currency,
        @NotBlank @Size(max = 2000) @Schema(example = "华东区新签合同额") String specific,
        @NotBlank @Size(max = 2000) @Schema(example = "去年 250 万，增长 20%") String achievable,
        @NotBlank @Size(max = 2000) @Schema(example = "华东扩张战略") String relevant,
        @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String incentivePlanId) {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
}
