package com.salesplatform.orders.order.query;

import com.salesplatform.orders.order.api.PaymentReceivedEvent;
import com.salesplatform.orders.order.api.PaymentReportRejectedEvent;
import com.salesplatform.orders.order.api.PaymentReportedEvent;
import com.salesplatform.platform.history.AggregateEvents;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/**
 * An order's payments, in the order they were first recorded, folded from its event stream: the payment a
 * {@code Location} header names is readable the moment it was recorded, and the list cannot disagree with the
 * order's totals.
 */
@Component
public class OrderPayments {

    private final AggregateEvents events;

    OrderPayments(AggregateEvents events) {
        this.events = events;
    }

    public List<PaymentView> of(String orderId) {
        Map<String, PaymentView> payments = new LinkedHashMap<>();
        for (DomainEventMessage<?> event : events.all(orderId)) {
            String actor = AggregateEvents.actorOf(event);
            if (event.getPayload() instanceof PaymentReportedEvent reported) {
                payments.put(reported.paymentId(), new PaymentView(reported.paymentId(), orderId,
                        PaymentView.REPORTED, reported.amount(), reported.currency(), event.getTimestamp(), actor,
                        null, null, null, null, null));
            } else if (event.getPayload() instanceof PaymentReceivedEvent received) {
                PaymentView earlier = payments.getOrDefault(received.paymentId(), new PaymentView(
                        received.paymentId(), orderId, PaymentView.RECEIVED, received.amount(), received.currency(),
                        event.getTimestamp(), actor, null, null, null, null, null));
                payments.put(received.paymentId(), earlier.received(event.getTimestamp(), actor,
                        received.paidTotal(), received.outstanding()));
            } else if (event.getPayload() instanceof PaymentReportRejectedEvent rejected) {
                payments.computeIfPresent(rejected.paymentId(), (id, payment) -> payment.rejected(rejected.reason()));
            }
        }
        return new ArrayList<>(payments.values());
    }

    public Optional<PaymentView> find(String orderId, String paymentId) {
        return of(orderId).stream().filter(payment -> payment.id().equalsIgnoreCase(paymentId)).findFirst();
    }
}
