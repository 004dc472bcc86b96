package com.salesplatform.orders.order.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ConfirmPaymentCommand(@TargetAggregateIdentifier String orderId, String paymentId) {
}
