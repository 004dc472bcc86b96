package com.salesplatform.reporting.salesreport.api;

/** The report a rep already submitted for a period, if any. */
public record FindSalesReportByPeriodQuery(String repId, PeriodType periodType, String period) {
}
