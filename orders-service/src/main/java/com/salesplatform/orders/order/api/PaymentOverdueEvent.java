package com.salesplatform.orders.order.api;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Published as PaymentOverdue v1 (contracts/events/orders). Emitted by the order's persisted payment-due deadline. */
@Revision("1")
public record PaymentOverdueEvent(String orderId, String customerId, String repId, String teamId,
                                  BigDecimal outstanding, Instant paymentDueAt, String currency) {
}
