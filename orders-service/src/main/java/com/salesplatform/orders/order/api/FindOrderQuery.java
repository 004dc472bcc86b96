package com.salesplatform.orders.order.api;

public record FindOrderQuery(String orderId) {
}
