package com.salesplatform.performance.payout.web;

import com.salesplatform.performance.facts.Period;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** {@code POST /api/payout-runs}. */
public record RunPayoutsRequest(
        @NotBlank @Pattern(regexp = Period.PATTERN, message = "must be a month (2027-03) or a quarter (2027-Q1)")
        String period) {
}
