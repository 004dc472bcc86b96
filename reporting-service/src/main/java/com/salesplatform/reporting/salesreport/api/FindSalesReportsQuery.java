package com.salesplatform.reporting.salesreport.api;

import com.salesplatform.platform.access.CallerScope;

/**
 * A page of reports, newest period first, limited to the caller's {@code scope} over the reporting rep;
 * {@code reviewed} keeps only the reviewed ones, or only those waiting for a review (null: both).
 */
public record FindSalesReportsQuery(String repId, String period, Boolean reviewed, CallerScope scope, int page,
                                    int size) {
}
