package com.salesplatform.reporting.alerts;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RiskAlertsController {

    private final RiskAlertsReport report;

    RiskAlertsController(RiskAlertsReport report) {
        this.report = report;
    }

    /** Every alert the caller may see, optionally of one kind, paged. JSON, or CSV with Accept: text/csv. */
    @GetMapping("/api/reports/risk-alerts")
    PageResponse<RiskAlert> riskAlerts(@RequestParam(required = false) RiskAlert.Kind kind, PageQuery page,
                                       CallerIdentity caller) {
        return PageResponse.pageOf(report.alerts(caller).stream()
                .filter(alert -> kind == null || alert.kind() == kind)
                .toList(), page);
    }
}
