package com.salesplatform.customers.integration.inbound;

import java.time.Instant;

/**
 * This service's reading of orders-service's OrderConfirmed, OrderPaid and OrderCancelled v1: which order, and on
 * the OrderConfirmed of an order imported as history the {@code confirmedAt} it was confirmed at in fact.
 */
public record OrderStatusChangedV1(String orderId, Instant confirmedAt) {

    /** When the step happened: in fact for an imported order, else when it was published. */
    public Instant at(Instant published) {
        return confirmedAt == null ? published : confirmedAt;
    }
}
