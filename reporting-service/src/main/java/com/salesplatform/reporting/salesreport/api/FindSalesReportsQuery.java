package com.salesplatform.reporting.salesreport.api;

import com.salesplatform.platform.access.CallerScope;

/** A page of reports, newest period first, limited to the caller's {@code scope} over the reporting rep. */
public record FindSalesReportsQuery(String repId, String period, CallerScope scope, int page, int size) {
}
