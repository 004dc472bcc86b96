package com.salesplatform.reporting.trend;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.reporting.shared.ReportPeriods;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SalesTrendController {

    private final SalesTrendReport report;
    private final ReportPeriods periods;

    SalesTrendController(SalesTrendReport report, ReportPeriods periods) {
        this.report = report;
        this.periods = periods;
    }

    /**
     * JSON, or CSV with {@code Accept: text/csv}. Without {@code to}, up to today; without {@code from}, the last 30
     * days, 12 weeks or 12 months up to {@code to}, by granularity.
     */
    @GetMapping("/api/reports/sales-trend")
    List<SalesTrendPoint> salesTrend(@RequestParam(defaultValue = "MONTH") Granularity granularity,
                                     @RequestParam(required = false) LocalDate from,
                                     @RequestParam(required = false) LocalDate to,
                                     @RequestParam(required = false) String teamId,
                                     @RequestParam(required = false) String repId,
                                     @RequestParam(required = false) String sku,
                                     @RequestParam(required = false) String region,
                                     CallerIdentity caller) {
        LocalDate until = to == null ? periods.today() : to;
        LocalDate since = from == null ? granularity.defaultStart(until) : from;
        return report.trend(new SalesTrendReport.Query(granularity, since, until, teamId, repId, sku, region), caller);
    }
}
