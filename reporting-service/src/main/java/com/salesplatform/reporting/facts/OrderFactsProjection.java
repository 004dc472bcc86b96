package com.salesplatform.reporting.facts;

import static com.salesplatform.reporting.facts.Timestamps.at;

import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
import com.salesplatform.platform.publishing.EventEnvelope;
import com.salesplatform.platform.value.Money;
import com.salesplatform.reporting.integration.inbound.OrderEvents.OrderCancelledV1;
import com.salesplatform.reporting.integration.inbound.OrderEvents.OrderConfirmedV1;
import com.salesplatform.reporting.integration.inbound.OrderEvents.OrderPaidV1;
import com.salesplatform.reporting.integration.inbound.OrderEvents.OrderPlacedV1;
import com.salesplatform.reporting.integration.inbound.OrderEvents.PaymentOverdueV1;
import com.salesplatform.reporting.integration.inbound.OrderEvents.PaymentReceivedV1;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Orders as facts: placed, confirmed (booked revenue from then), cancelled, payments, paid, overdue. Each time is
 * the event's own time, so reports can be cut at any instant; an order imported as history counts as placed and
 * confirmed when it was in fact (the {@code placedAt}/{@code confirmedAt} its events carry).
 */
@Configuration(proxyBeanMethods = false)
class OrderFactsProjection {

    private final JdbcTemplate jdbc;

    OrderFactsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    InboundSubscription orderFacts() {
        return InboundSubscription.named("order-facts")
                .topic(PlatformProperties.topicOf("orders"))
                .on("OrderPlaced", 1, OrderPlacedV1.class, this::placed)
                .on("OrderConfirmed", 1, OrderConfirmedV1.class,
                        (e, env) -> stamp("confirmed_at", e.orderId(), e.confirmedAt(env.occurredAt())))
                .on("OrderCancelled", 1, OrderCancelledV1.class,
                        (e, env) -> stamp("cancelled_at", e.orderId(), env.occurredAt()))
                .on("OrderPaid", 1, OrderPaidV1.class, (e, env) -> stamp("paid_at", e.orderId(), env.occurredAt()))
                .on("PaymentReceived", 1, PaymentReceivedV1.class, this::paymentReceived)
                .on("PaymentOverdue", 1, PaymentOverdueV1.class, this::overdue)
                .build();
    }

    private void placed(OrderPlacedV1 order, EventEnvelope envelope) {
        jdbc.update("""
                        INSERT INTO order_fact (order_id, customer_id, rep_id, team_id, total, currency, placed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                order.orderId(), order.customerId(), order.repId(), order.teamId(), order.total(),
                Money.currencyOr(order.currency()), at(order.placedAt(envelope.occurredAt())));
        for (int i = 0; i < order.lines().size(); i++) {
            var line = order.lines().get(i);
            jdbc.update("INSERT INTO order_line_fact (order_id, line_no, sku, quantity, line_total) VALUES (?, ?, ?, ?, ?)",
                    order.orderId(), i, line.sku(), line.quantity(), line.lineTotal());
        }
    }

    private void stamp(String column, String orderId, Instant when) {
        jdbc.update("UPDATE order_fact SET " + column + " = ? WHERE order_id = ?", at(when), orderId);
    }

    private void paymentReceived(PaymentReceivedV1 payment, EventEnvelope envelope) {
        jdbc.update("INSERT INTO payment_fact (payment_id, order_id, amount, received_at) VALUES (?, ?, ?, ?)",
                payment.paymentId() == null ? envelope.eventId() : payment.paymentId(), payment.orderId(),
                payment.amount(), at(envelope.occurredAt()));
        jdbc.update("UPDATE order_fact SET paid_total = paid_total + ? WHERE order_id = ?", payment.amount(),
                payment.orderId());
    }

    private void overdue(PaymentOverdueV1 overdue, EventEnvelope envelope) {
        jdbc.update("UPDATE order_fact SET overdue_since = ?, payment_due_at = ? WHERE order_id = ?",
                at(envelope.occurredAt()), overdue.paymentDueAt() == null ? null : at(overdue.paymentDueAt()),
                overdue.orderId());
    }
}
