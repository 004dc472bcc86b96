package com.salesplatform.orders.order.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/orders/{id}/cancellation}. */
public record CancelOrderRequest(@NotBlank @Size(max = 500) String reason) {
}
