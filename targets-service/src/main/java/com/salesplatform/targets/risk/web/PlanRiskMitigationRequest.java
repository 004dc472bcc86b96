package com.salesplatform.targets.risk.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PlanRiskMitigationRequest(@NotBlank @Size(max = 4000) String mitigationPlan,
                                 @NotBlank @Size(max = 4000) String contingencyPlan) {
}
