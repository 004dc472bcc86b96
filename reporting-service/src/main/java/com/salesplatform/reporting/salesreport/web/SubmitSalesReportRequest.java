package com.salesplatform.reporting.salesreport.web;

import com.salesplatform.reporting.salesreport.api.PeriodType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/sales-reports}; the figures are not sent: the service fills them in and freezes them. */
record SubmitSalesReportRequest(
        @NotBlank String repId,
        @NotNull PeriodType periodType,
        @NotBlank String period,
        @NotBlank @Size(max = 10000) @Schema(example = "签下上海华联") String highlights,
        @NotBlank @Size(max = 10000) @Schema(example = "报价前先确认预算") String lessons,
        @NotBlank @Size(max = 10000) @Schema(example = "跟进三家重点客户") String nextPlan) {
}
