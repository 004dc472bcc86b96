package com.salesplatform.reporting.trend;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import com.salesplatform.reporting.shared.ReportPeriods;
import java.time.LocalDate;
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
     * Every bucket of the range, oldest first, paged like any list (a range holds at most
     * {@value SalesTrendReport#MAX_BUCKETS} buckets). JSON, or CSV with {@code Accept: text/csv}. Without {@code to},
     * up to today; without {@code from}, the last 30 days, 12 weeks or 12 months up to {@code to}, by granularity.
     */
    @GetMapping("/api/reports/sales-trend")
    PageResponse<SalesTrendPoint> salesTrend(@RequestParam(defaultValue = "MONTH") Granularity granularity,
                                             @RequestParam(required = false) LocalDate from,
                                             @RequestParam(required = false) LocalDate to,
                                             @RequestParam(required = false) String teamId,
                                             @RequestParam(required = false) String repId,
                                             @RequestParam(required = false) String sku,
                                             @RequestParam(required = false) String region,
                                             PageQuery page, CallerIdentity caller) {
        LocalDate until = to == null ? periods.today() : to;
        LocalDate since = from == null ? granularity.defaultStart(until) : from;
        return PageResponse.pageOf(report.trend(new SalesTrendReport.Query(granularity, since, until, teamId, repId,
                sku, region), caller), page);
    }
}
