package com.salesplatform.performance.payout.command;

import com.salesplatform.performance.lookup.Booking;
import com.salesplatform.performance.period.Period;
import com.salesplatform.performance.lookup.RepFacts;
import com.salesplatform.performance.incentive.api.IncentivePlanDefinedEvent;
import com.salesplatform.performance.lookup.IncentivePlanCatalog;
import com.salesplatform.performance.payout.api.PayoutCalculatedEvent;
import com.salesplatform.performance.payout.api.PayoutLine;
import com.salesplatform.performance.lookup.PaidPeriod;
import com.salesplatform.performance.lookup.PayoutLedger;
import com.salesplatform.performance.lookup.RepStanding;
import com.salesplatform.performance.lookup.RepTimeline;
import com.salesplatform.platform.rejection.RuleViolationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Computes a payout run from what was known at its cutoff only — roster, facts, plans and earlier payouts — so the
 * same run computed again gives the same result. Every rep who was a member during the period gets a payout: their
 * commission and target bonus, their share of their team's bonus, and an adjustment for each earlier period whose
 * own earnings, recomputed with what is known now, differ from what was paid.
 */
@Component
public class PayoutCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RepTimeline roster;
    private final RepFacts facts;
    private final IncentivePlanCatalog plans;
    private final PayoutLedger ledger;

    PayoutCalculator(RepTimeline roster, RepFacts facts, IncentivePlanCatalog plans, PayoutLedger ledger) {
        this.roster = roster;
        this.facts = facts;
        this.plans = plans;
        this.ledger = ledger;
    }

    public List<PayoutCalculatedEvent> calculate(String runId, Period period, Instant cutoff) {
        IncentivePlanDefinedEvent plan = plans.planFor(period, cutoff).orElseThrow(() ->
                new RuleViolationException("No incentive plan covers " + period));
        List<Earnings> earnings = members(period, cutoff).stream()
                .map(rep -> earnings(rep, plan, period, cutoff)).toList();
        Map<String, PayoutLine> teamBonuses = teamBonuses(earnings, plan, period);
        return earnings.stream().map(rep -> {
            List<PayoutLine> lines = new ArrayList<>(rep.own());
            Optional.ofNullable(teamBonuses.get(rep.repId())).ifPresent(lines::add);
            lines.addAll(adjustments(rep.repId(), period, cutoff));
            BigDecimal total = lines.stream().map(PayoutLine::amount).reduce(BigDecimal.ZERO.setScale(2),
                    BigDecimal::add);
            return new PayoutCalculatedEvent(runId, period.value(), rep.repId(), rep.teamId(), plan.planId(), cutoff,
                    rep.booked(), rep.target(), attainment(rep.booked(), rep.target()), List.copyOf(lines), total);
        }).toList();
    }

    private List<RepStanding> members(Period period, Instant cutoff) {
        return roster.everyRepId().stream()
                .map(repId -> roster.asOf(repId, period.lastDay(), cutoff))
                .flatMap(Optional::stream)
                .filter(rep -> rep.departedOn() == null || !rep.departedOn().isBefore(period.firstMonth().atDay(1)))
                .toList();
    }

    private Earnings earnings(RepStanding rep, IncentivePlanDefinedEvent plan, Period period, Instant cutoff) {
        BigDecimal booked = facts.bookedRevenue(rep.repId(), period, cutoff);
        BigDecimal target = facts.kpiFacts(rep.repId(), period, cutoff).revenueTarget();
        return new Earnings(rep.repId(), rep.teamId(), booked, target,
                CommissionCalculator.ownEarnings(plan, period.value(), booked, target));
    }

    /**
     * A team whose booked revenue reaches the sum of its reps' targets splits the plan's team bonus by share of
     * revenue, in cents; the cents lost to rounding go to the rep with the most revenue, so the shares add up.
     */
    private static Map<String, PayoutLine> teamBonuses(List<Earnings> earnings, IncentivePlanDefinedEvent plan,
                                                       Period period) {
        Map<String, PayoutLine> bonuses = new LinkedHashMap<>();
        if (plan.teamBonus().signum() <= 0) {
            return bonuses;
        }
        Map<String, List<Earnings>> teams = earnings.stream()
                .collect(Collectors.groupingBy(Earnings::teamId, LinkedHashMap::new, Collectors.toList()));
        teams.forEach((teamId, members) -> {
            BigDecimal booked = sum(members.stream().map(Earnings::booked).toList());
            BigDecimal target = sum(members.stream().map(Earnings::target).filter(t -> t != null).toList());
            if (target.signum() <= 0 || booked.compareTo(target) < 0) {
                return;
            }
            Earnings top = members.stream().max(Comparator.comparing(Earnings::booked)
                    .thenComparing(Earnings::repId, Comparator.reverseOrder())).orElseThrow();
            BigDecimal distributed = BigDecimal.ZERO;
            Map<String, BigDecimal> shares = new LinkedHashMap<>();
            for (Earnings rep : members) {
                BigDecimal share = plan.teamBonus().multiply(rep.booked()).divide(booked, 2, RoundingMode.DOWN);
                shares.put(rep.repId(), share);
                distributed = distributed.add(share);
            }
            shares.merge(top.repId(), plan.teamBonus().subtract(distributed), BigDecimal::add);
            for (Earnings rep : members) {
                BigDecimal share = shares.get(rep.repId());
                if (share.signum() > 0) {
                    bonuses.put(rep.repId(), new PayoutLine(PayoutLine.TEAM_BONUS, period.value(),
                            "Team met its target (%s ≥ %s): bonus %s × %s / %s%s = %s".formatted(
                                    booked.toPlainString(), target.toPlainString(), plan.teamBonus().toPlainString(),
                                    rep.booked().toPlainString(), booked.toPlainString(),
                                    rep == top ? " plus the rounding remainder" : "", share.toPlainString()),
                            share));
                }
            }
        });
        return bonuses;
    }

    private List<PayoutLine> adjustments(String repId, Period period, Instant cutoff) {
        List<PayoutLine> lines = new ArrayList<>();
        for (PaidPeriod paid : ledger.paidBefore(repId, cutoff, period.value())) {
            if (paid.firstCutoff() == null) {
                continue;
            }
            Period earlier = Period.parse(paid.period());
            Optional<IncentivePlanDefinedEvent> plan = plans.planFor(earlier, paid.firstCutoff());
            if (plan.isEmpty()) {
                continue;
            }
            BigDecimal booked = facts.bookedRevenue(repId, earlier, cutoff);
            BigDecimal target = facts.kpiFacts(repId, earlier, cutoff).revenueTarget();
            BigDecimal due = sum(CommissionCalculator.ownEarnings(plan.get(), earlier.value(), booked, target)
                    .stream().map(PayoutLine::amount).toList());
            BigDecimal difference = due.subtract(paid.paid());
            if (difference.signum() != 0) {
                String why = "%s recomputed with what is known now%s: booked revenue %s, earnings %s − paid %s = %s"
                        .formatted(earlier, changes(repId, earlier, paid.firstCutoff(), cutoff), booked.toPlainString(),
                                due.toPlainString(), paid.paid().toPlainString(), difference.toPlainString());
                lines.add(new PayoutLine(PayoutLine.ADJUSTMENT, earlier.value(), why, difference));
            }
        }
        return lines;
    }

    /** The orders cancelled or first known since the period was paid. */
    private String changes(String repId, Period period, Instant paidAt, Instant now) {
        Map<String, Booking> then = facts.bookings(repId, period, paidAt).stream()
                .collect(Collectors.toMap(Booking::orderId, booking -> booking));
        List<String> changes = new ArrayList<>();
        for (Booking booking : facts.bookings(repId, period, now)) {
            Booking before = then.get(booking.orderId());
            if (before == null && booking.cancelledAt() == null) {
                changes.add("order " + booking.orderId() + " (" + booking.total().toPlainString() + ") confirmed late");
            } else if (booking.cancelledAt() != null && before != null && before.cancelledAt() == null) {
                changes.add("order " + booking.orderId() + " (" + booking.total().toPlainString() + ") cancelled on "
                        + booking.cancelledAt());
            }
        }
        return changes.isEmpty() ? "" : " (" + String.join("; ", changes) + ")";
    }

    private static BigDecimal attainment(BigDecimal booked, BigDecimal target) {
        if (target == null || target.signum() <= 0) {
            return null;
        }
        return booked.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private record Earnings(String repId, String teamId, BigDecimal booked, BigDecimal target,
                            List<PayoutLine> own) {
    }
}
