package com.salesplatform.orders.order.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import com.salesplatform.orders.order.api.RequestedLine;
import java.math.BigDecimal;
import java.util.Locale;

/** One line of {@code POST /api/orders}: {@code unitPrice} defaults to the list price, the discount to 0 %. */
public record PlaceOrderLineRequest(
        @NotBlank @Size(max = 40) String sku,
        @NotNull @Min(1) @Max(1_000_000) Integer quantity,
        @DecimalMin("0.01") @Digits(integer = 15, fraction = 2) BigDecimal unitPrice,
        @DecimalMin("0") @DecimalMax(value = "100", inclusive = false) @Digits(integer = 3, fraction = 2)
        BigDecimal discountPercent) {

    /** SKUs are compared in upper case. */
    public RequestedLine toRequestedLine() {
        return new RequestedLine(sku.strip().toUpperCase(Locale.ROOT), quantity, unitPrice, discountPercent);
    }
}
