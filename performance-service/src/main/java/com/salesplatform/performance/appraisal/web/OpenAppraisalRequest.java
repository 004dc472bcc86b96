package com.salesplatform.performance.appraisal.web;

import com.salesplatform.performance.appraisal.api.KpiWeights;
import com.salesplatform.platform.time.CalendarPeriod.Granularity;
import com.salesplatform.platform.time.ValidPeriod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * {@code POST /api/appraisals}: {@code weights} only when the plan's differ from 50 / 20 / 15 / 15; {@code period} is a
 * month or a quarter.
 */
public record OpenAppraisalRequest(
        @NotBlank @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String repId,
        @NotBlank @ValidPeriod({Granularity.MONTH, Granularity.QUARTER}) String period,
        KpiWeights weights) {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
}
