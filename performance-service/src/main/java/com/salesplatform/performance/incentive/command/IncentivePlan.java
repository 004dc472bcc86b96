package com.salesplatform.performance.incentive.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.performance.incentive.api.CommissionTier;
import com.salesplatform.performance.incentive.api.DefineIncentivePlanCommand;
import com.salesplatform.performance.incentive.api.IncentivePlanDefinedEvent;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.platform.time.CalendarPeriod.Granularity;
import com.salesplatform.platform.value.Money;
import com.salesplatform.platform.value.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An incentive plan (docs/domain.md §4). Immutable once defined: a payout run can always be recomputed with the plan it
 * used. Its tiers start at 0 %, follow each other without gap or overlap, and the last one is open-ended.
 */
@Aggregate
public class IncentivePlan {

    static final int MAX_NAME_LENGTH = 200;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @AggregateIdentifier
    private String planId;

    protected IncentivePlan() {
        // for Axon
    }

    @CommandHandler
    public IncentivePlan(DefineIncentivePlanCommand command) {
        String name = Text.required("name", command.name(), MAX_NAME_LENGTH);
        requirePlanPeriod(command.period());
        apply(new IncentivePlanDefinedEvent(command.planId(), name, command.period(),
                requireTiers(command.tiers()), money("targetBonus", command.targetBonus()),
                money("teamBonus", command.teamBonus())));
    }

    /** A plan rewards a year, a quarter or a month, never a week. */
    private static void requirePlanPeriod(String period) {
        CalendarPeriod.parse(period, "period", Granularity.YEAR, Granularity.QUARTER, Granularity.MONTH);
    }

    private static List<CommissionTier> requireTiers(List<CommissionTier> tiers) {
        if (tiers == null || tiers.isEmpty()) {
            throw new FieldRejectedException("tiers", "must name at least one tier");
        }
        List<CommissionTier> checked = new ArrayList<>();
        BigDecimal expectedFrom = BigDecimal.ZERO;
        for (int i = 0; i < tiers.size(); i++) {
            CommissionTier tier = tiers.get(i);
            boolean last = i == tiers.size() - 1;
            if (tier == null || tier.fromPercent() == null || tier.fromPercent().compareTo(expectedFrom) != 0) {
                throw new FieldRejectedException("tiers[" + i + "].fromPercent",
                        "must be " + expectedFrom.stripTrailingZeros().toPlainString()
                                + " (tiers follow each other from 0)");
            }
            if (last != (tier.toPercent() == null)
                    || (tier.toPercent() != null && tier.toPercent().compareTo(tier.fromPercent()) <= 0)) {
                throw new FieldRejectedException("tiers[" + i + "].toPercent",
                        "must be above fromPercent, and absent only on the last tier");
            }
            BigDecimal rate = tier.ratePercent();
            if (rate == null || rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
                throw new FieldRejectedException("tiers[" + i + "].ratePercent", "must be between 0 and 100");
            }
            checked.add(tier);
            expectedFrom = tier.toPercent();
        }
        return List.copyOf(checked);
    }

    /** A bonus the plan leaves out is none. */
    private static BigDecimal money(String field, BigDecimal amount) {
        return amount == null ? Money.ZERO : Money.requireCents(field, amount);
    }

    @EventSourcingHandler
    void on(IncentivePlanDefinedEvent event) {
        planId = event.planId();
    }
}
