package com.salesplatform.orders.order.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/orders/{id}/shipment}. */
public record ShipOrderRequest(@NotBlank @Size(max = 100) @Schema(example = "顺丰速运") String carrier,
                               @NotBlank @Size(max = 100) String trackingNumber) {
}
