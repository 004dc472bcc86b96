package com.salesplatform.targets.lookup;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A target's attainment as reporting-service last measured it: the amount it was measured against, the actual so
 * far, the percentage reached, the run-rate forecast to the period's end and its percentage (none before the
 * period starts), the outlook, and when it was measured.
 */
public record Attainment(BigDecimal target, BigDecimal actual, BigDecimal percent, BigDecimal forecast,
                         BigDecimal forecastPercent, String outlook, Instant measuredAt) {
}
