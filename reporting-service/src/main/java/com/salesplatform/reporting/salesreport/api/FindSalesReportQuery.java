package com.salesplatform.reporting.salesreport.api;

public record FindSalesReportQuery(String reportId) {
}
