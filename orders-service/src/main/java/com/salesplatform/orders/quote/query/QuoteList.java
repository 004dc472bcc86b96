package com.salesplatform.orders.quote.query;

import java.util.List;

/** One page of quotes and how many match in all. */
public record QuoteList(List<QuoteView> items, long totalItems) {
}
