package com.salesplatform.targets.risk.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What happened when the risk occurred. */
record RiskOccurrenceRequest(@NotBlank @Size(max = 4000) String description) {
}
