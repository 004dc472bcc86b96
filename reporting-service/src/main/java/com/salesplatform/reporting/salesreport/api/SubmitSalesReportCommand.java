package com.salesplatform.reporting.salesreport.api;

public record SubmitSalesReportCommand(String reportId, String repId, PeriodType periodType, String period,
                                       String highlights, String lessons, String nextPlan, ReportFigures figures) {
}
