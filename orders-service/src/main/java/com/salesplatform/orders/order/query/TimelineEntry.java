package com.salesplatform.orders.order.query;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One step of an order's history: what happened ({@code event}), the status after it, when, by whom, and what goes
 * with it (carrier and tracking number of a shipment, amount of a payment, reason of a hold or cancellation).
 */
public record TimelineEntry(String event, String status, Instant at, String actorId, String carrier,
                            String trackingNumber, BigDecimal amount, String reason) {
}
