package com.salesplatform.orders.quote.api;

public record FindQuoteQuery(String quoteId) {
}
