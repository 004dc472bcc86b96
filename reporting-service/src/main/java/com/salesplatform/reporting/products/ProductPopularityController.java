package com.salesplatform.reporting.products;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import com.salesplatform.reporting.shared.ReportPeriods;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The current month when no {@code period} is given. */
@RestController
class ProductPopularityController {

    private final ProductPopularityReport report;
    private final ReportPeriods periods;

    ProductPopularityController(ProductPopularityReport report, ReportPeriods periods) {
        this.report = report;
        this.periods = periods;
    }

    @GetMapping("/api/reports/product-popularity")
    PageResponse<ProductPopularity> productPopularity(@RequestParam(required = false) String period, PageQuery page,
                                                      CallerIdentity caller) {
        return report.popularity(periods.orCurrentMonth(period), caller, page);
    }
}
