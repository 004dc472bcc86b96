package com.salesplatform.reporting.salesreport.api;

import java.util.Set;

/**
 * A page of reports, newest period first; {@code visibleRepIds} limits them to the reps the caller may see
 * ({@code null}: everyone's).
 */
public record FindSalesReportsQuery(String repId, String period, Set<String> visibleRepIds, int page, int size) {
}
