package com.salesplatform.performance.lookup;

import java.math.BigDecimal;

/**
 * The facts one rep is scored on for one period, as known at some moment: revenue target and booked revenue
 * (confirmed orders not cancelled), the activity plan (their VISITS target) with communications and follow-ups,
 * and the satisfaction scores, the new leads and the prospecting plan's minimum of new leads for the period. A
 * target or plan is null when none was set.
 */
public record KpiFacts(BigDecimal revenueTarget, BigDecimal bookedRevenue, BigDecimal activityPlan,
                       int communications, int followUpsOnTime, int followUpsOverdue, int satisfactionScores,
                       BigDecimal satisfactionAverage, int newLeads, Integer prospectingPlan) {
}
