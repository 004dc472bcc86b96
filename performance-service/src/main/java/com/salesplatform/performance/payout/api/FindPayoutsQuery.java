package com.salesplatform.performance.payout.api;

import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.web.PageQuery;

/** Payouts by run, period and/or rep (each optional), among those the caller may see. */
public record FindPayoutsQuery(String runId, String period, String repId, CallerScope visibility,
                               PageQuery page) {
}
