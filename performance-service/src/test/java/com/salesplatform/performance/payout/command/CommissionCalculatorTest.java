package com.salesplatform.performance.payout.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesplatform.performance.incentive.api.CommissionTier;
import com.salesplatform.performance.incentive.api.IncentivePlanDefinedEvent;
import com.salesplatform.performance.payout.api.PayoutLine;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommissionCalculatorTest {

    private static final BigDecimal TARGET = new BigDecimal("100000.00");
    private static final IncentivePlanDefinedEvent PLAN = new IncentivePlanDefinedEvent("p", "2027 方案", "2027",
            List.of(tier("0", "80", "2"), tier("80", "100", "4"), tier("100", null, "6")),
            new BigDecimal("1000.00"), new BigDecimal("5000.00"));

    @ParameterizedTest(name = "{0} booked of 100000.00 → commission {1}, target bonus {2}")
    @CsvSource({
            "79990.00, 1599.80, 0.00",
            "80000.00, 1600.00, 0.00",
            "100000.00, 2400.00, 1000.00",
            "100010.00, 2400.60, 1000.00",
            "0.00, 0.00, 0.00"})
    void commissionIsMarginalAcrossTheTierBoundaries(String booked, String commission, String bonus) {
        List<PayoutLine> lines = CommissionCalculator.ownEarnings(PLAN, "2027-03", new BigDecimal(booked), TARGET);
        assertThat(sum(lines, PayoutLine.COMMISSION)).isEqualByComparingTo(commission);
        assertThat(sum(lines, PayoutLine.TARGET_BONUS)).isEqualByComparingTo(bonus);
    }

    @Test
    void eachTierReachedIsALineWithItsArithmetic() {
        List<PayoutLine> lines = CommissionCalculator.ownEarnings(PLAN, "2027-03", new BigDecimal("100010.00"), TARGET);
        assertThat(lines).extracting(PayoutLine::description).containsExactly(
                "Tier 0–80 % of target (revenue 0.00 to 80000.00): 2 % × 80000.00 = 1600.00",
                "Tier 80–100 % of target (revenue 80000.00 to 100000.00): 4 % × 20000.00 = 800.00",
                "Tier above 100 % of target (revenue 100000.00 to 100010.00): 6 % × 10.00 = 0.60",
                "Target met: 100010.00 ≥ 100000.00 → bonus 1000.00");
        assertThat(lines).extracting(PayoutLine::amount).containsExactly(new BigDecimal("1600.00"),
                new BigDecimal("800.00"), new BigDecimal("0.60"), new BigDecimal("1000.00"));
    }

    @Test
    void withoutATargetAllRevenueEarnsTheFirstTiersRateAndNoBonus() {
        List<PayoutLine> lines = CommissionCalculator.ownEarnings(PLAN, "2027-03", new BigDecimal("87654.32"), null);
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(new BigDecimal("1753.09"));
            assertThat(line.description()).isEqualTo(
                    "No revenue target: all revenue at the first tier's rate: 2 % × 87654.32 = 1753.09");
        });
    }

    private static BigDecimal sum(List<PayoutLine> lines, String kind) {
        return lines.stream().filter(line -> line.kind().equals(kind)).map(PayoutLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static CommissionTier tier(String from, String to, String rate) {
        return new CommissionTier(new BigDecimal(from), to == null ? null : new BigDecimal(to), new BigDecimal(rate));
    }
}
