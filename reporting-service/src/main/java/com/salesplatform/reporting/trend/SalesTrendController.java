package com.salesplatform.reporting.trend;

import com.salesplatform.platform.security.CallerIdentity;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SalesTrendController {

    private final SalesTrendReport report;

    SalesTrendController(SalesTrendReport report) {
        this.report = report;
    }

    /** JSON, or CSV with {@code Accept: text/csv}. */
    @GetMapping("/api/reports/sales-trend")
    List<SalesTrendPoint> salesTrend(@RequestParam(defaultValue = "MONTH") Granularity granularity,
                                     @RequestParam LocalDate from, @RequestParam LocalDate to,
                                     @RequestParam(required = false) String teamId,
                                     @RequestParam(required = false) String repId,
                                     @RequestParam(required = false) String sku,
                                     @RequestParam(required = false) String region,
                                     CallerIdentity caller) {
        return report.trend(new SalesTrendReport.Query(granularity, from, to, teamId, repId, sku, region), caller);
    }
}
