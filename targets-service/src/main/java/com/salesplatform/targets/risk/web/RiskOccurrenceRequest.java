package com.salesplatform.targets.risk.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What happened when the risk occurred. */
record RiskOccurrenceRequest(@NotBlank @Size(max = 4000) @Schema(example = "客户付款延期 30 天") String description) {
}
