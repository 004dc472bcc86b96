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

    public record OrderPlacedV1(String orderId, String customerId, String repId, String teamId, List<Line> lines,
                                BigDecimal total, String currency) {
    }

    public record OrderConfirmedV1(String orderId) {
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
