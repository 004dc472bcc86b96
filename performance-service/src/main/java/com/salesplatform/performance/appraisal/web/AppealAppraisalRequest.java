package com.salesplatform.performance.appraisal.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/appraisals/{id}/appeal}. */
public record AppealAppraisalRequest(@NotBlank @Size(max = 4000) @Schema(example = "三月回款延迟系客户原因，申请复核") String reason) {
}
