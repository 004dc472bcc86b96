package com.salesplatform.targets.target.command;

import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.targets.target.api.TargetMetric;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The measurable part of a target: a positive amount, money to the cent, counts whole. */
final class TargetAmount {

    private TargetAmount() {
    }

    static BigDecimal of(TargetMetric metric, BigDecimal amount) {
        return of("amount", metric, amount);
    }

    /** As {@link #of(TargetMetric, BigDecimal)}, naming {@code field} when rejected. */
    static BigDecimal of(String field, TargetMetric metric, BigDecimal amount) {
        if (amount == null) {
            throw new FieldRejectedException(field, "must not be null");
        }
        if (amount.signum() <= 0) {
            throw new FieldRejectedException(field, "must be greater than 0");
        }
        int scale = scaleOf(metric);
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new FieldRejectedException(field, metric.isMoney()
                    ? "must have at most 2 decimals" : "must be a whole number for " + metric);
        }
        return amount.setScale(scale, RoundingMode.UNNECESSARY);
    }

    /** Money is kept to the cent, counts to the unit. */
    static int scaleOf(TargetMetric metric) {
        return metric.isMoney() ? 2 : 0;
    }
}
