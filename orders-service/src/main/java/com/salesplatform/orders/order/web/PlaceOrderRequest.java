package com.salesplatform.orders.order.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /api/orders}: {@code id} only when the client chooses it; either {@code quoteId} (the quote's lines)
 * or {@code lines}. Totals, line totals and status are the server's: such fields are unknown here and rejected.
 */
public record PlaceOrderRequest(
        @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String id,
        @NotBlank @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String customerId,
        @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String quoteId,
        @Size(max = 200) List<@NotNull @Valid PlaceOrderLineRequest> lines,
        @NotNull @Min(0) @Max(365) Integer paymentTermsDays) {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
}
