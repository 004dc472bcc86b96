package com.salesplatform.reporting.training;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.CalendarPeriod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TrainingCoverageController {

    private final TrainingCoverageReport report;

    TrainingCoverageController(TrainingCoverageReport report) {
        this.report = report;
    }

    @GetMapping("/api/reports/training-coverage")
    TrainingCoverageReport.TrainingCoverage trainingCoverage(@RequestParam String period,
                                                             @RequestParam(required = false) String teamId,
                                                             CallerIdentity caller) {
        return report.coverage(CalendarPeriod.parse(period), teamId, caller);
    }
}
