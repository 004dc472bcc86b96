package com.salesplatform.performance.payout.command;

import com.salesplatform.performance.incentive.api.CommissionTier;
import com.salesplatform.performance.incentive.api.IncentivePlanDefinedEvent;
import com.salesplatform.performance.payout.api.PayoutLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A rep's own earnings of a period under a plan. Commission is marginal, like tax brackets: the revenue within each
 * tier's share of the target earns that tier's rate. Without a revenue target all revenue earns the first tier's
 * rate. The target bonus is due when the revenue reaches the target. Amounts are rounded half up to cents per line.
 */
final class CommissionCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CommissionCalculator() {
    }

    static List<PayoutLine> ownEarnings(IncentivePlanDefinedEvent plan, String period, BigDecimal booked,
                                        BigDecimal target) {
        List<PayoutLine> lines = new ArrayList<>(commission(plan.tiers(), period, booked, target));
        if (target != null && target.signum() > 0 && booked.compareTo(target) >= 0
                && plan.targetBonus().signum() > 0) {
            lines.add(new PayoutLine(PayoutLine.TARGET_BONUS, period, "Target met: %s ≥ %s → bonus %s".formatted(
                    booked.toPlainString(), target.toPlainString(), plan.targetBonus().toPlainString()),
                    plan.targetBonus()));
        }
        return lines;
    }

    static List<PayoutLine> commission(List<CommissionTier> tiers, String period, BigDecimal booked,
                                       BigDecimal target) {
        if (target == null || target.signum() <= 0) {
            CommissionTier first = tiers.get(0);
            return List.of(line(period, "No revenue target: all revenue at the first tier's rate", first.ratePercent(),
                    booked));
        }
        List<PayoutLine> lines = new ArrayList<>();
        for (CommissionTier tier : tiers) {
            BigDecimal from = share(target, tier.fromPercent());
            BigDecimal upTo = tier.toPercent() == null ? booked : booked.min(share(target, tier.toPercent()));
            BigDecimal band = upTo.subtract(from);
            if (band.signum() <= 0) {
                break;
            }
            String range = tier.toPercent() == null ? "above " + pct(tier.fromPercent()) + " %"
                    : pct(tier.fromPercent()) + "–" + pct(tier.toPercent()) + " %";
            lines.add(line(period, "Tier " + range + " of target (revenue " + from.toPlainString() + " to "
                    + upTo.toPlainString() + ")", tier.ratePercent(), band));
        }
        return lines;
    }

    private static PayoutLine line(String period, String what, BigDecimal ratePercent, BigDecimal base) {
        BigDecimal amount = base.multiply(ratePercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return new PayoutLine(PayoutLine.COMMISSION, period, "%s: %s %% × %s = %s".formatted(what, pct(ratePercent),
                base.toPlainString(), amount.toPlainString()), amount);
    }

    private static BigDecimal share(BigDecimal target, BigDecimal percent) {
        return target.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    private static String pct(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString();
    }
}
