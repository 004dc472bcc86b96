package com.salesplatform.orders.quote.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/quotes/{id}/rejection}: why the discount is turned down. */
public record RejectQuoteDiscountRequest(@NotBlank @Size(max = 500) String reason) {
}
