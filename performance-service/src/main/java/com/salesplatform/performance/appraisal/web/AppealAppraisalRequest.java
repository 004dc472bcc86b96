package com.salesplatform.performance.appraisal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/appraisals/{id}/appeal}. */
public record AppealAppraisalRequest(@NotBlank @Size(max = 4000) String reason) {
}
