package com.salesplatform.customers.integration.inbound;

/** This service's reading of orders-service's OrderConfirmed, OrderPaid and OrderCancelled v1: which order. */
public record OrderStatusChangedV1(String orderId) {
}
