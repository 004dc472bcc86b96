package com.salesplatform.targets.risk.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PlanRiskMitigationRequest(@NotBlank @Size(max = 4000) @Schema(example = "缩短账期并每周跟进回款") String mitigationPlan,
                                 @NotBlank @Size(max = 4000) @Schema(example = "启动信用保险理赔") String contingencyPlan) {
}
