package com.salesplatform.performance.payout.command;

import com.salesplatform.performance.period.Period;
import com.salesplatform.performance.payout.api.PayoutCalculatedEvent;
import com.salesplatform.performance.payout.api.PreviewPayoutsQuery;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.time.BusinessCalendar;
import java.time.Clock;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * A payout run of a period computed now with {@link PayoutCalculator}, as the run would be, but neither stored nor
 * published: the running month shows the incentives it is earning before it ends. A period not yet begun has
 * nothing to show.
 */
@Component
class PayoutPreview {

    static final String PREVIEW_RUN_ID = "preview";

    private final PayoutCalculator calculator;
    private final Clock clock;

    PayoutPreview(PayoutCalculator calculator, Clock clock) {
        this.calculator = calculator;
        this.clock = clock;
    }

    @QueryHandler
    List<PayoutCalculatedEvent> handle(PreviewPayoutsQuery query) {
        Period period = Period.parse(query.period());
        if (period.start(BusinessCalendar.of(clock)).isAfter(clock.instant())) {
            throw new FieldRejectedException("period", "has not begun");
        }
        return calculator.calculate(PREVIEW_RUN_ID, period, clock.instant()).stream()
                .filter(payout -> query.visibility().covers(payout.repId(), payout.teamId()))
                .toList();
    }

}
