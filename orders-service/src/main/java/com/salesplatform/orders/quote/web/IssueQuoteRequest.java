package com.salesplatform.orders.quote.web;

import com.salesplatform.orders.order.web.PlaceOrderLineRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** {@code POST /api/quotes}: lines as for an order, and the last day the quote may be ordered. */
public record IssueQuoteRequest(
        @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String id,
        @NotBlank @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String customerId,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid PlaceOrderLineRequest> lines,
        @NotNull LocalDate validUntil) {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
}
