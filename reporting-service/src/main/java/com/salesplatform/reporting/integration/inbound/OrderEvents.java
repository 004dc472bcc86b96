package com.salesplatform.reporting.integration.inbound;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** This service's reading of orders-service's events on sales.orders.events (v1): only the fields it reports on. */
public final class OrderEvents {

    private OrderEvents() {
    }

    public record Line(String sku, int quantity, BigDecimal lineTotal) {
    }

    /** {@code placedAt} only on an order imported as history: when it was placed in fact. */
    public record OrderPlacedV1(String orderId, String customerId, String repId, String teamId, List<Line> lines,
                                BigDecimal total, String currency, Instant placedAt) {

        /** When the order counts as placed: in fact for an imported one, else when it was published. */
        public Instant placedAt(Instant published) {
            return placedAt == null ? published : placedAt;
        }
    }

    /** {@code confirmedAt} only on an order imported as history: when it was confirmed in fact. */
    public record OrderConfirmedV1(String orderId, Instant confirmedAt) {

        /** When the booked revenue counts: in fact for an imported order, else when it was published. */
        public Instant confirmedAt(Instant published) {
            return confirmedAt == null ? published : confirmedAt;
        }
    }

    public record OrderCancelledV1(String orderId) {
    }

    public record PaymentReceivedV1(String orderId, String paymentId, BigDecimal amount) {
    }

    public record OrderPaidV1(String orderId) {
    }

    public record PaymentOverdueV1(String orderId, Instant paymentDueAt) {
    }
}
