package com.salesplatform.reporting.salesreport.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReviewSalesReportCommand(@TargetAggregateIdentifier String reportId, String reviewerId,
                                       String comments) {
}
