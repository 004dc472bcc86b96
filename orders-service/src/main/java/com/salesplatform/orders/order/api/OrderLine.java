package com.salesplatform.orders.order.api;

import java.math.BigDecimal;

/**
 * A priced line: {@code lineTotal = quantity × unitPrice × (1 − discountPercent / 100)}, rounded half up to the
 * cent; {@code listPrice} is the catalogue price at placement.
 */
public record OrderLine(String sku, int quantity, BigDecimal listPrice, BigDecimal unitPrice,
                        BigDecimal discountPercent, BigDecimal lineTotal) {
}
