package com.salesplatform.orders.order.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/orders/{id}/shipment}. */
public record ShipOrderRequest(@NotBlank @Size(max = 100) String carrier,
                               @NotBlank @Size(max = 100) String trackingNumber) {
}
