package com.salesplatform.orders.order.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Published as OrderDelivered v1 (contracts/events/orders).
 * Payment falls due {@code paymentTermsDays} after delivery.
 */
@Revision("1")
public record OrderDeliveredEvent(String orderId, String customerId, Instant paymentDueAt) {
}
