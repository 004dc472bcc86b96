package com.salesplatform.orders.order.query;

import com.salesplatform.platform.value.Money;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One payment on an order. {@code REPORTED} by the order's owner and not counted yet; {@code RECEIVED} when ADMIN or
 * the owner's manager recorded or confirmed it (then {@code receivedAt}, {@code receivedBy} and where the order stood
 * after it: {@code paidTotal}, {@code outstanding}); {@code REJECTED} with the reason when the report was turned down.
 */
public record PaymentView(String id, String orderId, String status, BigDecimal amount, String currency,
                          Instant recordedAt, String recordedBy, Instant receivedAt, String receivedBy,
                          BigDecimal paidTotal, BigDecimal outstanding, String rejectionReason) {

    public static final String REPORTED = "REPORTED";
    public static final String RECEIVED = "RECEIVED";
    public static final String REJECTED = "REJECTED";

    /** Money to the cent, however the stored event's number was read back. */
    public PaymentView {
        amount = cents(amount);
        paidTotal = cents(paidTotal);
        outstanding = cents(outstanding);
    }

    PaymentView received(Instant at, String by, BigDecimal paidTotal, BigDecimal outstanding) {
        return new PaymentView(id, orderId, RECEIVED, amount, currency, recordedAt, recordedBy, at, by, paidTotal,
                outstanding, null);
    }

    private static BigDecimal cents(BigDecimal value) {
        return value == null ? null : Money.cents(value);
    }

    PaymentView rejected(String reason) {
        return new PaymentView(id, orderId, REJECTED, amount, currency, recordedAt, recordedBy, null, null, null,
                null, reason);
    }
}
