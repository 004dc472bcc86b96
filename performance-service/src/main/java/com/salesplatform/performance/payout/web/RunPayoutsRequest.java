package com.salesplatform.performance.payout.web;

import com.salesplatform.platform.time.CalendarPeriod.Granularity;
import com.salesplatform.platform.time.ValidPeriod;
import jakarta.validation.constraints.NotBlank;

/** {@code POST /api/payout-runs}: {@code period} is a month or a quarter. */
public record RunPayoutsRequest(
        @NotBlank @ValidPeriod({Granularity.MONTH, Granularity.QUARTER}) String period) {
}
