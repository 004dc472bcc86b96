package com.salesplatform.orders.order.api;

import org.axonframework.serialization.Revision;

/** Published as OrderShipped v1 (contracts/events/orders). */
@Revision("1")
public record OrderShippedEvent(String orderId, String customerId, String carrier, String trackingNumber) {
}
