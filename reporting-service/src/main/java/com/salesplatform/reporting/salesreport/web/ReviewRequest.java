package com.salesplatform.reporting.salesreport.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ReviewRequest(@NotBlank @Size(max = 10000) @Schema(example = "注意回款风险") String comments) {
}
