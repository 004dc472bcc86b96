package com.salesplatform.orders.opportunity.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** {@code POST /api/opportunities/{id}/negotiation-rounds}: our offer, their counter-offer, notes. */
public record NegotiationRoundRequest(
        @NotNull @DecimalMin("0.01") @Digits(integer = 15, fraction = 2) BigDecimal ourOffer,
        @DecimalMin("0.01") @Digits(integer = 15, fraction = 2) BigDecimal counterOffer,
        @Size(max = 500) @Schema(example = "客户要求再降 5%") String notes) {
}
