package com.salesplatform.reporting.salesreport.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SalesReportReviewedEvent(String reportId, String repId, String reviewerId, String comments) {
}
