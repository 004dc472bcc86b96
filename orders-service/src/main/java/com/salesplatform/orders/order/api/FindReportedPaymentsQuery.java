package com.salesplatform.orders.order.api;

import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.web.PageQuery;

/** One page of the payments reported by orders' owners and awaiting confirmation, within what the caller may see. */
public record FindReportedPaymentsQuery(CallerScope visibility, PageQuery page) {
}
