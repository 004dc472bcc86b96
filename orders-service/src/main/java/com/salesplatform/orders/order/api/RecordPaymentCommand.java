package com.salesplatform.orders.order.api;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordPaymentCommand(@TargetAggregateIdentifier String orderId, String paymentId, BigDecimal amount) {
}
