package com.salesplatform.reporting.salesreport.api;

import java.util.Set;

/**
 * A page of reports, newest period first; {@code visibleRepIds} limits them to the reps the caller may see
 * ({@code null}: everyone's); {@code reviewed} keeps only the reviewed ones, or only those waiting for a review.
 */
public record FindSalesReportsQuery(String repId, String period, Boolean reviewed, Set<String> visibleRepIds,
                                    int page, int size) {
}
