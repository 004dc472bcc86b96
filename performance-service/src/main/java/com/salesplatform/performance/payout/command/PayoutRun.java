package com.salesplatform.performance.payout.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.performance.period.Period;
import com.salesplatform.performance.payout.api.PayoutCalculatedEvent;
import com.salesplatform.performance.payout.api.PayoutRunStartedEvent;
import com.salesplatform.performance.payout.api.PayoutRunOutcome;
import com.salesplatform.performance.payout.api.RunPayoutsCommand;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.time.BusinessCalendar;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The payout run of one period (one per period): every rep's payout computed from what was known at its cutoff.
 * Running it again recomputes from the same cutoff and must give the same payouts; a change known later shows up
 * as an adjustment in a later run, never as a silent change here.
 */
@Aggregate
public class PayoutRun {

    @AggregateIdentifier
    private String runId;
    private Period period;
    private Instant cutoff;
    private final List<PayoutCalculatedEvent> payouts = new ArrayList<>();

    protected PayoutRun() {
        // for Axon
    }

    /**
     * The first run computes and records every payout; a later one (the same period: the run's id is derived from
     * it) recomputes from the first run's cutoff and records nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public PayoutRunOutcome handle(RunPayoutsCommand command, PayoutCalculator calculator, Clock clock) {
        if (runId != null) {
            return calculator.calculate(runId, period, cutoff).equals(payouts) ? PayoutRunOutcome.RERUN_IDENTICAL
                    : PayoutRunOutcome.RERUN_DIFFERENT;
        }
        Period runPeriod = requireEndedPeriod(command.period(), clock);
        Instant now = clock.instant();
        List<PayoutCalculatedEvent> calculated = calculator.calculate(command.runId(), runPeriod, now);
        apply(new PayoutRunStartedEvent(command.runId(), runPeriod.value(), now));
        calculated.forEach(payout -> apply(payout));
        return PayoutRunOutcome.FIRST_RUN;
    }

    private static Period requireEndedPeriod(String value, Clock clock) {
        Period period = Period.parse(value);
        if (period.end(BusinessCalendar.of(clock)).isAfter(clock.instant())) {
            throw new FieldRejectedException("period", "must be over before its payouts are run");
        }
        return period;
    }

    @EventSourcingHandler
    void on(PayoutRunStartedEvent event) {
        runId = event.runId();
        period = Period.parse(event.period());
        cutoff = event.cutoff();
    }

    @EventSourcingHandler
    void on(PayoutCalculatedEvent event) {
        payouts.add(event);
    }
}
