package com.salesplatform.orders.quote.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectQuoteDiscountCommand(@TargetAggregateIdentifier String quoteId, String rejectedBy,
                                         String reason) {
}
