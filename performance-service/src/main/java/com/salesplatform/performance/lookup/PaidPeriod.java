package com.salesplatform.performance.lookup;

import java.math.BigDecimal;
import java.time.Instant;

/** What a rep was paid for a period's own earnings (commission, target bonus, adjustments), first run when. */
public record PaidPeriod(String period, BigDecimal paid, Instant firstCutoff) {
}
