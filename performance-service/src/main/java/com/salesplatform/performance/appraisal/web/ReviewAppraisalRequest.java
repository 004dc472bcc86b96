package com.salesplatform.performance.appraisal.web;

import com.salesplatform.performance.appraisal.api.BehaviourRubric;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/appraisals/{id}/review}: the behaviour rubric (1–5 each) and the written feedback. */
public record ReviewAppraisalRequest(
        @NotNull @Min(1) @Max(5) Integer processAdherence,
        @NotNull @Min(1) @Max(5) Integer teamwork,
        @NotNull @Min(1) @Max(5) Integer learning,
        @NotBlank @Size(max = 4000) @Schema(example = "客户维护细致，新客户开发需加强") String feedback) {

    BehaviourRubric rubric() {
        return new BehaviourRubric(processAdherence, teamwork, learning);
    }
}
