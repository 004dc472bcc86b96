package com.salesplatform.orders.order.query;

import java.util.List;

/** One page of reported payments and how many await confirmation in all. */
public record ReportedPaymentList(List<ReportedPayment> items, long totalItems) {
}
