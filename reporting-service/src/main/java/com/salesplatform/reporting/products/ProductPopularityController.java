package com.salesplatform.reporting.products;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProductPopularityController {

    private final ProductPopularityReport report;

    ProductPopularityController(ProductPopularityReport report) {
        this.report = report;
    }

    @GetMapping("/api/reports/product-popularity")
    PageResponse<ProductPopularity> productPopularity(@RequestParam String period, PageQuery page,
                                                      CallerIdentity caller) {
        return report.popularity(CalendarPeriod.parse(period), caller, page);
    }
}
