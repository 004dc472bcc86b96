package com.salesplatform.orders.order.api;

/** Where a sales order is in its lifecycle (docs/domain.md §3). */
public enum OrderStatus {
    PLACED, CREDIT_HOLD, CONFIRMED, SHIPPED, DELIVERED, PAID, CANCELLED
}
