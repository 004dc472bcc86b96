package com.salesplatform.orders.opportunity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/opportunities/{id}/lost}: why, and to which competitor if any. */
public record LostRequest(@NotBlank @Size(max = 500) String reason, @Size(max = 200) String competitor) {
}
