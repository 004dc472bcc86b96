package com.salesplatform.reporting.leaderboard;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import com.salesplatform.reporting.activity.ActivityReport;
import com.salesplatform.reporting.activity.RepActivity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Per-rep reports of a period: the leaderboard and the activity figures. JSON, or CSV with Accept: text/csv. */
@RestController
class LeaderboardController {

    private final LeaderboardReport leaderboard;
    private final ActivityReport activity;

    LeaderboardController(LeaderboardReport leaderboard, ActivityReport activity) {
        this.leaderboard = leaderboard;
        this.activity = activity;
    }

    @GetMapping("/api/reports/leaderboard")
    PageResponse<LeaderboardEntry> leaderboard(@RequestParam String period,
                                               @RequestParam(required = false) String teamId,
                                               PageQuery page, CallerIdentity caller) {
        return leaderboard.rank(CalendarPeriod.parse(period), teamId, caller, page);
    }

    @GetMapping("/api/reports/activity")
    PageResponse<RepActivity> activity(@RequestParam String period, @RequestParam(required = false) String teamId,
                                       PageQuery page, CallerIdentity caller) {
        return activity.activity(CalendarPeriod.parse(period), teamId, caller, page);
    }
}
