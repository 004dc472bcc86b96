package com.salesplatform.orders.order.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ShipOrderCommand(@TargetAggregateIdentifier String orderId, String carrier, String trackingNumber) {
}
