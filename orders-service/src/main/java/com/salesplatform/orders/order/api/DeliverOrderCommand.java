package com.salesplatform.orders.order.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeliverOrderCommand(@TargetAggregateIdentifier String orderId) {
}
