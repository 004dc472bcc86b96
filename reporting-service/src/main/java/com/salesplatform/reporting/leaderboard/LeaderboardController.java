package com.salesplatform.reporting.leaderboard;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import com.salesplatform.reporting.shared.ReportPeriods;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reps ranked over a period (the current month when none is given); JSON, or CSV with Accept: text/csv. */
@RestController
class LeaderboardController {

    private final LeaderboardReport leaderboard;
    private final ReportPeriods periods;

    LeaderboardController(LeaderboardReport leaderboard, ReportPeriods periods) {
        this.leaderboard = leaderboard;
        this.periods = periods;
    }

    @GetMapping("/api/reports/leaderboard")
    PageResponse<LeaderboardEntry> leaderboard(@RequestParam(required = false) String period,
                                               @RequestParam(required = false) String teamId,
                                               PageQuery page, CallerIdentity caller) {
        return leaderboard.rank(periods.orCurrentMonth(period), teamId, caller, page);
    }
}
