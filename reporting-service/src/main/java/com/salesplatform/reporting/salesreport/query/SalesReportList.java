package com.salesplatform.reporting.salesreport.query;

import java.util.List;

/** A page of reports and how many there are in all (a concrete type, as Axon matches query responses by class). */
public record SalesReportList(List<SalesReportView> items, long total) {
}
