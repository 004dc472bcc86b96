package com.salesplatform.orders.product.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/** A product as the API shows it; its SKU is its id (the {@code id} every resource has, docs/api-guidelines.md). */
public record ProductView(String sku, String name, String category, BigDecimal listPrice, String currency,
                          Instant updatedAt) {

    @JsonProperty("id")
    public String id() {
        return sku;
    }
}
