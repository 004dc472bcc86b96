package com.salesplatform.reporting.salesreport.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.salesplatform.reporting.salesreport.api.ReportFigures;
import com.salesplatform.reporting.salesreport.query.SalesReportView;
import java.math.BigDecimal;

/**
 * A report as submitted (its fields at the top, {@code id} first, like every resource), the live figures of its
 * period now, and what changed since submission (live minus frozen), so a reviewer sees e.g. an order cancelled
 * after the rep reported it.
 */
record SalesReportDetails(@JsonUnwrapped SalesReportView report, ReportFigures liveFigures,
                          Changes changesSinceSubmission) {

    static SalesReportDetails of(SalesReportView report, ReportFigures live) {
        ReportFigures frozen = report.figures();
        return new SalesReportDetails(report, live, new Changes(
                live.bookedRevenue().subtract(frozen.bookedRevenue()),
                live.orders() - frozen.orders(),
                live.revenueAttainmentPercent() == null || frozen.revenueAttainmentPercent() == null ? null
                        : live.revenueAttainmentPercent().subtract(frozen.revenueAttainmentPercent()),
                live.newLeads() - frozen.newLeads(),
                live.visits() - frozen.visits()));
    }

    record Changes(BigDecimal bookedRevenue, long orders, BigDecimal revenueAttainmentPercent, long newLeads,
                   long visits) {
    }
}
