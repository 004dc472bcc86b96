package com.salesplatform.orders.product.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** {@code POST /api/products}. */
public record AddProductRequest(
        @NotBlank @Pattern(regexp = SKU_PATTERN, message = SKU_MESSAGE) String sku,
        @NotBlank @Size(max = 200) @Schema(example = "商用多功能打印机 X200") String name,
        @NotBlank @Size(max = 100) @Schema(example = "办公设备") String category,
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 15, fraction = 2) BigDecimal listPrice) {

    static final String SKU_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";
    static final String SKU_MESSAGE = "must be 1-40 letters, digits, '.', '_' or '-'";
}
