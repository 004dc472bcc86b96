package com.salesplatform.orders.order.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/orders/{id}/payments/{paymentId}/rejection}: why the reported payment does not count. */
public record RejectPaymentRequest(@NotBlank @Size(max = 500) String reason) {
}
