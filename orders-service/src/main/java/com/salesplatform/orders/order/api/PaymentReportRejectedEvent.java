package com.salesplatform.orders.order.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** A reported payment that was not confirmed (the money never arrived, or not that amount). Stays inside. */
@Revision("1")
public record PaymentReportRejectedEvent(String orderId, String paymentId, BigDecimal amount, String reason) {
}
