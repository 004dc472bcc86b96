package com.salesplatform.customers.integration.inbound;

import java.math.BigDecimal;

/**
 * This service's reading of orders-service's OrderPlaced v1: the order, its customer and total (currency CNY when
 * absent). The placement time is the envelope's {@code occurredAt}.
 */
public record OrderPlacedV1(String orderId, String customerId, BigDecimal total, String currency) {
}
