package com.salesplatform.performance.incentive.api;

import java.math.BigDecimal;

/**
 * A commission band on attainment: revenue between {@code fromPercent} and {@code toPercent} of the target (no upper
 * bound when {@code toPercent} is null) earns {@code ratePercent} — marginal, like tax brackets.
 */
public record CommissionTier(BigDecimal fromPercent, BigDecimal toPercent, BigDecimal ratePercent) {
}
