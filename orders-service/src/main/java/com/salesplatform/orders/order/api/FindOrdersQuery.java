package com.salesplatform.orders.order.api;

import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.web.PageQuery;
import java.time.Instant;

/** One page of orders, newest first, filtered by whatever is given, within what the caller may see. */
public record FindOrdersQuery(String customerId, String repId, OrderStatus status, Instant from, Instant to,
                              CallerScope visibility, PageQuery page) {
}
