package com.salesplatform.reporting.activity;

import java.math.BigDecimal;

/**
 * A rep's activity in a period: communications (of which visits), follow-ups due and how many were completed on
 * time or went overdue, new leads against the prospecting plan.
 */
public record RepActivity(String repId, String repName, String teamId, long communications, long visits,
                          long followUpsDue, long followUpsOnTime, long followUpsOverdue, BigDecimal onTimeRate,
                          long newLeads, Long plannedNewLeads, BigDecimal planCoverage) {
}
