package com.salesplatform.performance.payout.query;

import com.salesplatform.performance.payout.api.FindPayoutRunQuery;
import com.salesplatform.performance.payout.api.PayoutCalculatedEvent;
import com.salesplatform.performance.payout.api.PayoutRunStartedEvent;
import com.salesplatform.platform.history.AggregateEvents;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * A payout run folded from its own event stream, so it is there the moment it ran (a run that paid nobody too) and
 * its count and total cannot disagree with the payouts it recorded. Anything else's id finds nothing.
 */
@Component
class PayoutRuns {

    private final AggregateEvents events;

    PayoutRuns(AggregateEvents events) {
        this.events = events;
    }

    @QueryHandler
    Optional<PayoutRunView> handle(FindPayoutRunQuery query) {
        List<DomainEventMessage<?>> stream = events.all(query.runId());
        if (stream.isEmpty() || !(stream.get(0).getPayload() instanceof PayoutRunStartedEvent started)) {
            return Optional.empty();
        }
        long count = 0;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (DomainEventMessage<?> event : stream) {
            if (event.getPayload() instanceof PayoutCalculatedEvent payout) {
                count++;
                total = total.add(payout.total());
            }
        }
        return Optional.of(new PayoutRunView(started.runId(), started.period(), started.cutoff(), count, total));
    }
}
