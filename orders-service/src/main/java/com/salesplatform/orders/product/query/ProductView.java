package com.salesplatform.orders.product.query;

import java.math.BigDecimal;
import java.time.Instant;

/** A product as the API shows it. */
public record ProductView(String sku, String name, String category, BigDecimal listPrice, String currency,
                          Instant updatedAt) {
}
