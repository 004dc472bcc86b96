package com.salesplatform.orders.product.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** {@code PUT /api/products/{sku}/price}. */
public record ChangeProductPriceRequest(
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 15, fraction = 2) BigDecimal listPrice) {
}
