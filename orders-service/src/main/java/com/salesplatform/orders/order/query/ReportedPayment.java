package com.salesplatform.orders.order.query;

import java.math.BigDecimal;
import java.time.Instant;

/** A payment the order's owner reported, waiting for ADMIN or the owner's manager to confirm or reject it. */
public record ReportedPayment(String id, String orderId, String customerId, String repId, String teamId,
                              String status, BigDecimal amount, String currency, String reportedBy,
                              Instant reportedAt) {
}
