package com.salesplatform.orders.quote.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/quotes/{id}/rejection}: why the discount is turned down. */
public record RejectQuoteDiscountRequest(@NotBlank @Size(max = 500) @Schema(example = "折扣超出本季度授权") String reason) {
}
