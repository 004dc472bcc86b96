package com.salesplatform.targets.risk.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CloseRiskRequest(@NotBlank @Size(max = 4000) String resolution) {
}
