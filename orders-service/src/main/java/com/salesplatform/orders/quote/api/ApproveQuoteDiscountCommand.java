package com.salesplatform.orders.quote.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ApproveQuoteDiscountCommand(@TargetAggregateIdentifier String quoteId, String approvedBy) {
}
