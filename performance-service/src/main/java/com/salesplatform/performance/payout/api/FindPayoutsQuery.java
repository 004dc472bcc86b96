package com.salesplatform.performance.payout.api;

import com.salesplatform.platform.web.PageQuery;

/** Payouts by period and/or rep, among those the caller may see. */
public record FindPayoutsQuery(String period, String repId, PayoutVisibility visibility, PageQuery page) {
}
