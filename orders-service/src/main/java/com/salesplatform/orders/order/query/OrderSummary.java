package com.salesplatform.orders.order.query;

import java.math.BigDecimal;
import java.time.Instant;

/** An order as a list shows it. */
public record OrderSummary(String id, String customerId, String repId, String teamId, String status,
                           BigDecimal total, BigDecimal paid, String currency, boolean overdue, Instant placedAt) {
}
