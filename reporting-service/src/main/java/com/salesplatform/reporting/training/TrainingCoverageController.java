package com.salesplatform.reporting.training;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.reporting.shared.ReportPeriods;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The current month when no {@code period} is given. */
@RestController
class TrainingCoverageController {

    private final TrainingCoverageReport report;
    private final ReportPeriods periods;

    TrainingCoverageController(TrainingCoverageReport report, ReportPeriods periods) {
        this.report = report;
        this.periods = periods;
    }

    @GetMapping("/api/reports/training-coverage")
    TrainingCoverageReport.TrainingCoverage trainingCoverage(@RequestParam(required = false) String period,
                                                             @RequestParam(required = false) String teamId,
                                                             CallerIdentity caller) {
        return report.coverage(periods.orCurrentMonth(period), teamId, caller);
    }
}
