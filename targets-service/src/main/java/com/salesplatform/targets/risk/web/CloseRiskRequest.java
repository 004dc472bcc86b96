package com.salesplatform.targets.risk.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CloseRiskRequest(@NotBlank @Size(max = 4000) @Schema(example = "竞争对手已退出该项目") String resolution) {
}
