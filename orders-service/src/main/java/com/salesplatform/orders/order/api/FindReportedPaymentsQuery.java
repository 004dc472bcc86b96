package com.salesplatform.orders.order.api;

import com.salesplatform.orders.access.Visibility;
import com.salesplatform.platform.web.PageQuery;

/** One page of the payments reported by orders' owners and awaiting confirmation, within what the caller may see. */
public record FindReportedPaymentsQuery(Visibility visibility, PageQuery page) {
}
