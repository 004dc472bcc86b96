package com.salesplatform.reporting.salesreport.web;

import com.salesplatform.reporting.salesreport.api.PeriodType;
import com.salesplatform.reporting.salesreport.api.ReportFigures;

/** What a report of the rep's period would be submitted with now (nothing is stored by reading it). */
record SalesReportFigures(String repId, PeriodType periodType, String period, ReportFigures figures) {
}
