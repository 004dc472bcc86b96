package com.salesplatform.performance.integration.inbound;

/** This service's reading of orders-service's OrderCancelled v1; the cancellation time is the envelope's. */
public record OrderCancelledV1(String orderId) {
}
