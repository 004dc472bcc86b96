package com.salesplatform.orders.opportunity.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** {@code POST /api/opportunities/{id}/won}: the amount won (default: the expected amount) and why. */
public record WonRequest(@DecimalMin("0.01") @Digits(integer = 15, fraction = 2) BigDecimal amount,
                         @Size(max = 500) @Schema(example = "方案与服务更优") String reason) {
}
