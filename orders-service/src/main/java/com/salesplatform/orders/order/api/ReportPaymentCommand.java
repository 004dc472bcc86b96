package com.salesplatform.orders.order.api;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order's owner reports a payment the customer says it made; it counts once someone else confirms it. */
public record ReportPaymentCommand(@TargetAggregateIdentifier String orderId, String paymentId, BigDecimal amount) {
}
