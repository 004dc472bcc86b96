package com.salesplatform.orders.order.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** Published as PaymentReceived v1 (contracts/events/orders). */
@Revision("1")
public record PaymentReceivedEvent(String orderId, String paymentId, String customerId, String repId, String teamId,
                                  BigDecimal amount, BigDecimal paidTotal, BigDecimal outstanding, String currency) {
}
