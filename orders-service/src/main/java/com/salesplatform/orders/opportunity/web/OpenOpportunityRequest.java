package com.salesplatform.orders.opportunity.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code POST /api/opportunities}: {@code id} only when the client chooses it. */
public record OpenOpportunityRequest(
        @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String id,
        @NotBlank @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String customerId,
        @NotBlank @Size(max = 200) @Schema(example = "上海华联 2027 年办公设备采购") String title,
        @NotNull @DecimalMin("0.01") @Digits(integer = 15, fraction = 2) BigDecimal expectedAmount,
        @NotNull LocalDate expectedCloseDate) {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
}
