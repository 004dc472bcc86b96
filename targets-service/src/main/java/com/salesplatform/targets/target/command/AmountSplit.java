package com.salesplatform.targets.target.command;

import com.salesplatform.platform.rejection.FieldRejectedException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an amount into parts by weights (or equally) so that the parts sum exactly to the whole: every part but the
 * last is rounded down to the amount's scale, the last takes the remainder (also what weights summing to 1 only
 * within the tolerance leave over).
 */
final class AmountSplit {

    /** How far the weights may sum from 1: binary floats a client computed them with are off by about 1e-16. */
    static final BigDecimal WEIGHT_SUM_TOLERANCE = new BigDecimal("1e-9");

    private AmountSplit() {
    }

    static List<BigDecimal> split(BigDecimal whole, int parts, List<BigDecimal> weights) {
        if (weights != null) {
            check(weights, parts);
        }
        int scale = whole.scale();
        List<BigDecimal> amounts = new ArrayList<>(parts);
        BigDecimal assigned = BigDecimal.ZERO.setScale(scale);
        for (int i = 0; i < parts - 1; i++) {
            BigDecimal part = weights == null
                    ? whole.divide(BigDecimal.valueOf(parts), scale, RoundingMode.DOWN)
                    : whole.multiply(weights.get(i)).setScale(scale, RoundingMode.DOWN);
            amounts.add(part);
            assigned = assigned.add(part);
        }
        amounts.add(whole.subtract(assigned));
        if (amounts.stream().anyMatch(amount -> amount.signum() <= 0)) {
            throw new FieldRejectedException("weights", "would leave a part of " + whole + " at zero");
        }
        return List.copyOf(amounts);
    }

    private static void check(List<BigDecimal> weights, int parts) {
        if (weights.size() != parts) {
            throw new FieldRejectedException("weights", "must have " + parts + " entries, one per part");
        }
        if (weights.stream().anyMatch(weight -> weight == null || weight.signum() <= 0)) {
            throw new FieldRejectedException("weights", "must all be greater than 0");
        }
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.subtract(BigDecimal.ONE).abs().compareTo(WEIGHT_SUM_TOLERANCE) > 0) {
            throw new FieldRejectedException("weights", "must sum to 1 (within 1e-9), not " + sum.toPlainString());
        }
    }
}
