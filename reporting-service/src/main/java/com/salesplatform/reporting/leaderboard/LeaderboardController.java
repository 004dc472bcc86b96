package com.salesplatform.reporting.leaderboard;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import com.salesplatform.reporting.activity.ActivityReport;
import com.salesplatform.reporting.activity.RepActivity;
import com.salesplatform.reporting.shared.ReportPeriods;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Per-rep reports of a period (the current month when none is given): the leaderboard and the activity figures.
 * JSON, or CSV with Accept: text/csv.
 */
@RestController
class LeaderboardController {

    private final LeaderboardReport leaderboard;
    private final ActivityReport activity;
    private final ReportPeriods periods;

    LeaderboardController(LeaderboardReport leaderboard, ActivityReport activity, ReportPeriods periods) {
        this.leaderboard = leaderboard;
        this.activity = activity;
        this.periods = periods;
    }

    @GetMapping("/api/reports/leaderboard")
    PageResponse<LeaderboardEntry> leaderboard(@RequestParam(required = false) String period,
                                               @RequestParam(required = false) String teamId,
                                               PageQuery page, CallerIdentity caller) {
        return leaderboard.rank(periods.orCurrentMonth(period), teamId, caller, page);
    }

    @GetMapping("/api/reports/activity")
    PageResponse<RepActivity> activity(@RequestParam(required = false) String period,
                                       @RequestParam(required = false) String teamId,
                                       PageQuery page, CallerIdentity caller) {
        return activity.activity(periods.orCurrentMonth(period), teamId, caller, page);
    }
}
