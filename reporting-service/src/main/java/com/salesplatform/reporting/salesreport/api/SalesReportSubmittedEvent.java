package com.salesplatform.reporting.salesreport.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SalesReportSubmittedEvent(String reportId, String repId, PeriodType periodType, String period,
                                        String highlights, String lessons, String nextPlan, ReportFigures figures) {
}
