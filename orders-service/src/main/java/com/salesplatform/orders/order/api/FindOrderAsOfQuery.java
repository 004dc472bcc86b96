package com.salesplatform.orders.order.api;

import java.time.Instant;

/** An order, with its timeline, as it was at {@code asOf}, rebuilt from the event store. */
public record FindOrderAsOfQuery(String orderId, Instant asOf) {
}
