package com.salesplatform.performance.integration.inbound;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * This service's reading of orders-service's OrderConfirmed v1 (contracts/events/orders): only the fields it uses.
 * The confirmation time is the envelope's {@code occurredAt}, or for an order imported as history the
 * {@code confirmedAt} it carries: when it was confirmed in fact.
 */
public record OrderConfirmedV1(String orderId, String customerId, String repId, BigDecimal total,
                               Instant confirmedAt) {

    /** When the booking counts: in fact for an imported order, else when it was published. */
    public Instant confirmedAt(Instant published) {
        return confirmedAt == null ? published : confirmedAt;
    }
}
