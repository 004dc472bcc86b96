package com.salesplatform.orders.order.api;

import java.math.BigDecimal;

/** A line as the client asks for it: {@code unitPrice} defaults to the list price, {@code discountPercent} to 0. */
public record RequestedLine(String sku, int quantity, BigDecimal unitPrice, BigDecimal discountPercent) {
}
