package com.salesplatform.reporting.salesreport.api;

/** The live figures of a rep for a period, from the read models. */
public record FindReportFiguresQuery(String repId, String period) {
}
