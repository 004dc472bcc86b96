package com.salesplatform.orders.order.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/orders/{id}/cancellation}. */
public record CancelOrderRequest(@NotBlank @Size(max = 500) @Schema(example = "客户取消采购计划") String reason) {
}
