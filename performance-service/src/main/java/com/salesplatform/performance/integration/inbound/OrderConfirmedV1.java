package com.salesplatform.performance.integration.inbound;

import java.math.BigDecimal;

/**
 * This service's reading of orders-service's OrderConfirmed v1 (contracts/events/orders): only the fields it uses.
 * The confirmation time is the envelope's {@code occurredAt}.
 */
public record OrderConfirmedV1(String orderId, String customerId, String repId, BigDecimal total) {
}
