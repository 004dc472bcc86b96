package com.salesplatform.customers.lookup;

import java.math.BigDecimal;
import java.time.Instant;

/** One order of the customer, as orders-service reported it. */
public record Purchase(String orderId, BigDecimal total, String currency, PurchaseStatus status, Instant placedAt) {
}
