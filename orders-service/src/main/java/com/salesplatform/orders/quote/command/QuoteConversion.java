package com.salesplatform.orders.quote.command;

import com.salesplatform.orders.order.api.OrderLine;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.time.BusinessCalendar;
import java.time.Clock;
import java.util.List;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Turns a quote into an order from inside the order's placing command: the {@link Quote} aggregate is loaded in the
 * same unit of work and records {@code QuoteConverted}, so both aggregates' events commit (or roll back) together and
 * the quote's own event stream guards "at most one order" (a second, concurrent conversion fails on the stream's
 * sequence number).
 */
@Component
public class QuoteConversion {

    private final ObjectProvider<Configuration> axon;
    private final Clock clock;
    private final BusinessCalendar calendar;

    QuoteConversion(ObjectProvider<Configuration> axon, Clock clock, BusinessCalendar calendar) {
        this.axon = axon;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The quote's lines, now taken by {@code orderId}; 400 {@code quoteId} / 409 when it cannot become this order. */
    public List<OrderLine> convert(String quoteId, String customerId, String orderId) {
        Aggregate<Quote> quote;
        try {
            quote = axon.getObject().repository(Quote.class).load(quoteId);
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            throw new FieldRejectedException("quoteId", Quote.NOT_FOR_THIS_CUSTOMER);
        }
        return quote.invoke(found -> found.convertToOrder(orderId, customerId, calendar.dateOf(clock.instant())));
    }
}
