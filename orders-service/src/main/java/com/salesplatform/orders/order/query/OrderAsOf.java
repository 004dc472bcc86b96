package com.salesplatform.orders.order.query;

import com.salesplatform.orders.order.api.FindOrderAsOfQuery;
import com.salesplatform.orders.order.api.OrderCancelledEvent;
import com.salesplatform.orders.order.api.OrderConfirmedEvent;
import com.salesplatform.orders.order.api.OrderCreditReleasedEvent;
import com.salesplatform.orders.order.api.OrderDeliveredEvent;
import com.salesplatform.orders.order.api.OrderPaidEvent;
import com.salesplatform.orders.order.api.OrderPlacedEvent;
import com.salesplatform.orders.order.api.OrderPutOnCreditHoldEvent;
import com.salesplatform.orders.order.api.OrderShippedEvent;
import com.salesplatform.orders.order.api.OrderStatus;
import com.salesplatform.orders.order.api.PaymentOverdueEvent;
import com.salesplatform.orders.order.api.PaymentReceivedEvent;
import com.salesplatform.orders.order.api.PaymentReportRejectedEvent;
import com.salesplatform.orders.order.api.PaymentReportedEvent;
import com.salesplatform.platform.history.AggregateEvents;
import com.salesplatform.platform.value.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/orders/{id}?asOf=}: the order and its timeline as they were at an instant, folded from its event
 * stream the way {@link OrderProjection} keeps the current one.
 */
@Component
class OrderAsOf {

    private final AggregateEvents events;

    OrderAsOf(AggregateEvents events) {
        this.events = events;
    }

    @QueryHandler
    Optional<OrderView> handle(FindOrderAsOfQuery query) {
        Replay replay = new Replay();
        events.upTo(query.orderId(), query.asOf()).forEach(replay::apply);
        return replay.view();
    }

    private static final class Replay {

        private OrderPlacedEvent placed;
        private Instant placedAt;
        private OrderStatus status;
        private BigDecimal paid = Money.ZERO;
        private Instant paymentDueAt;
        private boolean overdue;
        private final List<TimelineEntry> timeline = new ArrayList<>();

        void apply(DomainEventMessage<?> message) {
            Object event = message.getPayload();
            if (event instanceof OrderPlacedEvent placedEvent) {
                placed = placedEvent;
                placedAt = placedEvent.placedAt() == null ? message.getTimestamp() : placedEvent.placedAt();
                status = OrderStatus.PLACED;
                record(message, "PLACED", null, null, placedEvent.total(), null);
            } else if (event instanceof OrderPutOnCreditHoldEvent hold) {
                status = OrderStatus.CREDIT_HOLD;
                record(message, "CREDIT_HOLD", null, null, hold.exposure(), hold.reason().name());
            } else if (event instanceof OrderCreditReleasedEvent) {
                status = OrderStatus.PLACED;
                record(message, "CREDIT_RELEASED", null, null, null, null);
            } else if (event instanceof OrderConfirmedEvent) {
                status = OrderStatus.CONFIRMED;
                record(message, "CONFIRMED", null, null, null, null);
            } else if (event instanceof OrderShippedEvent shipped) {
                status = OrderStatus.SHIPPED;
                record(message, "SHIPPED", shipped.carrier(), shipped.trackingNumber(), null, null);
            } else if (event instanceof OrderDeliveredEvent delivered) {
                status = OrderStatus.DELIVERED;
                paymentDueAt = delivered.paymentDueAt();
                record(message, "DELIVERED", null, null, null, null);
            } else if (event instanceof PaymentReceivedEvent received) {
                paid = Money.cents(received.paidTotal());
                record(message, "PAYMENT_RECEIVED", null, null, received.amount(), null);
            } else if (event instanceof PaymentReportedEvent reported) {
                record(message, "PAYMENT_REPORTED", null, null, reported.amount(), null);
            } else if (event instanceof PaymentReportRejectedEvent rejected) {
                record(message, "PAYMENT_REPORT_REJECTED", null, null, rejected.amount(), rejected.reason());
            } else if (event instanceof OrderPaidEvent paidEvent) {
                status = OrderStatus.PAID;
                overdue = false;
                record(message, "PAID", null, null, paidEvent.total(), null);
            } else if (event instanceof PaymentOverdueEvent overdueEvent) {
                overdue = true;
                record(message, "PAYMENT_OVERDUE", null, null, overdueEvent.outstanding(), null);
            } else if (event instanceof OrderCancelledEvent cancelled) {
                status = OrderStatus.CANCELLED;
                record(message, "CANCELLED", null, null, null, cancelled.reason());
            }
        }

        private void record(DomainEventMessage<?> message, String event, String carrier, String trackingNumber,
                            BigDecimal amount, String reason) {
            timeline.add(new TimelineEntry(event, status.name(), message.getTimestamp(),
                    AggregateEvents.actorOf(message), carrier, trackingNumber,
                    amount == null ? null : Money.cents(amount), reason));
        }

        /** Empty when the order had not been placed yet. */
        Optional<OrderView> view() {
            if (placed == null) {
                return Optional.empty();
            }
            BigDecimal total = Money.cents(placed.total());
            return Optional.of(new OrderView(placed.orderId(), placed.customerId(), placed.repId(), placed.teamId(),
                    status.name(), placed.lines(), total, paid, total.subtract(paid), placed.currency(),
                    placed.paymentTermsDays(), paymentDueAt, overdue, placedAt, List.copyOf(timeline)));
        }
    }
}
