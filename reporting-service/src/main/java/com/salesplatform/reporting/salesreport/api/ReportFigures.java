package com.salesplatform.reporting.salesreport.api;

import java.math.BigDecimal;

/**
 * The figures of a rep's period as the read models give them: booked revenue and orders, attainment of the rep's
 * revenue target of that period (none without a target), new leads and visits.
 */
public record ReportFigures(BigDecimal bookedRevenue, long orders, BigDecimal revenueAttainmentPercent,
                            long newLeads, long visits) {
}
