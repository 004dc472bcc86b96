package com.salesplatform.orders.order.web;

import static com.salesplatform.orders.order.web.PlaceOrderRequest.UUID_PATTERN;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * {@code POST /api/orders/imports}: an order of the past with the instant it was confirmed ({@code confirmedAt},
 * what its revenue counts at); lines as for {@code POST /api/orders}.
 */
public record ImportOrderRequest(
        @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String id,
        @NotBlank @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String customerId,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid PlaceOrderLineRequest> lines,
        @NotNull @Min(0) @Max(365) Integer paymentTermsDays,
        @NotNull Instant confirmedAt) {
}
