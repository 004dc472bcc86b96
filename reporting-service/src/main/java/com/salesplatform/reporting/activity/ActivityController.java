package com.salesplatform.reporting.activity;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import com.salesplatform.reporting.shared.ReportPeriods;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Each rep's activity figures of a period (the current month when none is given); JSON, or CSV with Accept: text/csv. */
@RestController
class ActivityController {

    private final ActivityReport activity;
    private final ReportPeriods periods;

    ActivityController(ActivityReport activity, ReportPeriods periods) {
        this.activity = activity;
        this.periods = periods;
    }

    @GetMapping("/api/reports/activity")
    PageResponse<RepActivity> activity(@RequestParam(required = false) String period,
                                       @RequestParam(required = false) String teamId,
                                       PageQuery page, CallerIdentity caller) {
        return activity.activity(periods.orCurrentMonth(period), teamId, caller, page);
    }
}
