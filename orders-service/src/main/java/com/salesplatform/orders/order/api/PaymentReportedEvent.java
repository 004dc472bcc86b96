package com.salesplatform.orders.order.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * A payment reported by the order's owner, not yet confirmed: it is not money received, so it counts neither for the
 * order's totals nor for the customer's credit. Stays inside the service.
 */
@Revision("1")
public record PaymentReportedEvent(String orderId, String paymentId, String customerId, String repId, String teamId,
                                   BigDecimal amount, String currency) {
}
