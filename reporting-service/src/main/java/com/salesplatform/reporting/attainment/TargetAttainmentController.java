package com.salesplatform.reporting.attainment;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.AsOf;
import com.salesplatform.platform.time.ValidPeriod;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
@Validated
class TargetAttainmentController {

    private final TargetAttainmentReport report;

    TargetAttainmentController(TargetAttainmentReport report) {
        this.report = report;
    }

    @GetMapping("/target-attainment")
    PageResponse<TargetAttainment> targetAttainment(
            @RequestParam(required = false) @ValidPeriod String period,
            @RequestParam(required = false)
            @Pattern(regexp = "COMPANY|TEAM|REP", message = "must be COMPANY, TEAM or REP") String scope,
            @RequestParam(required = false) String ownerId,
            @RequestParam(required = false) AsOf asOf,
            PageQuery page,
            CallerIdentity caller) {
        return report.find(new TargetAttainmentReport.Filter(period, scope, ownerId, AsOf.instantOf(asOf)), caller, page);
    }
}
