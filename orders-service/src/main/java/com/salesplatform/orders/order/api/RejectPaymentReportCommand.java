package com.salesplatform.orders.order.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectPaymentReportCommand(@TargetAggregateIdentifier String orderId, String paymentId, String reason) {
}
