package com.salesplatform.orders.order.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/orders/{id}/payments/{paymentId}/rejection}: why the reported payment does not count. */
public record RejectPaymentRequest(@NotBlank @Size(max = 500) @Schema(example = "银行退票") String reason) {
}
