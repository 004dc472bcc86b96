package com.salesplatform.performance.appraisal.web;

import com.salesplatform.performance.appraisal.api.KpiWeights;
import com.salesplatform.performance.facts.Period;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** {@code POST /api/appraisals}: {@code weights} only when the plan's differ from 50 / 20 / 15 / 15. */
public record OpenAppraisalRequest(
        @NotBlank @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String repId,
        @NotBlank @Pattern(regexp = Period.PATTERN, message = "must be a month (2027-03) or a quarter (2027-Q1)")
        String period,
        KpiWeights weights) {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
}
