package com.salesplatform.orders.opportunity.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/opportunities/{id}/lost}: why, and to which competitor if any. */
public record LostRequest(@NotBlank @Size(max = 500) @Schema(example = "价格高于竞争对手") String reason, @Size(max = 200) @Schema(example = "某竞争品牌") String competitor) {
}
