package com.salesplatform.orders.order.query;

import java.util.List;

/** One page of orders and how many match in all. */
public record OrderList(List<OrderSummary> items, long totalItems) {
}
