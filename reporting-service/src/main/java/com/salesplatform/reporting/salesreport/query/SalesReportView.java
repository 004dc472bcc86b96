package com.salesplatform.reporting.salesreport.query;

import com.salesplatform.reporting.salesreport.api.PeriodType;
import com.salesplatform.reporting.salesreport.api.ReportFigures;
import java.time.Instant;

/** A submitted report with the figures it was submitted with, and its review once there is one. */
public record SalesReportView(String id, String repId, PeriodType periodType, String period, String highlights,
                              String lessons, String nextPlan, ReportFigures figures, Instant submittedAt,
                              Review review) {

    public record Review(String reviewerId, String comments, Instant reviewedAt) {
    }
}
