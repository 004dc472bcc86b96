package com.salesplatform.customers.integration.inbound;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * This service's reading of orders-service's OrderPlaced v1: the order, its customer and total (currency CNY when
 * absent). The placement time is the envelope's {@code occurredAt}, or the {@code placedAt} an order imported as
 * history carries.
 */
public record OrderPlacedV1(String orderId, String customerId, BigDecimal total, String currency, Instant placedAt) {

    public Instant placedAt(Instant published) {
        return placedAt == null ? published : placedAt;
    }
}
