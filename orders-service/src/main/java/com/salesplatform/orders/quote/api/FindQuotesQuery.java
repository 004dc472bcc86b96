package com.salesplatform.orders.quote.api;

import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.web.PageQuery;

/** One page of quotes, newest first, of one customer and/or in one status, within what the caller may see. */
public record FindQuotesQuery(String customerId, QuoteStatus status, CallerScope visibility, PageQuery page) {
}
