package com.salesplatform.orders.order.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.orders.order.api.FindOrderQuery;
import com.salesplatform.orders.order.api.FindOrdersQuery;
import com.salesplatform.orders.order.api.OrderCancelledEvent;
import com.salesplatform.orders.order.api.OrderConfirmedEvent;
import com.salesplatform.orders.order.api.OrderCreditReleasedEvent;
import com.salesplatform.orders.order.api.OrderDeliveredEvent;
import com.salesplatform.orders.order.api.OrderLine;
import com.salesplatform.orders.order.api.OrderPaidEvent;
import com.salesplatform.orders.order.api.OrderPlacedEvent;
import com.salesplatform.orders.order.api.OrderPutOnCreditHoldEvent;
import com.salesplatform.orders.order.api.OrderShippedEvent;
import com.salesplatform.orders.order.api.OrderStatus;
import com.salesplatform.orders.order.api.PaymentOverdueEvent;
import com.salesplatform.orders.order.api.PaymentReceivedEvent;
import com.salesplatform.orders.order.api.PaymentReportRejectedEvent;
import com.salesplatform.orders.order.api.PaymentReportedEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code order_view} and {@code order_timeline}, written in the command's transaction: a client following the
 * {@code Location} of a new order finds it, and the access checks of the next command read the current owner.
 */
@Component
@ProcessingGroup("order-view")
public class OrderProjection {

    private static final TypeReference<List<OrderLine>> LINES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final OrderSearch search;

    OrderProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.search = new OrderSearch(jdbc);
    }

    @EventHandler
    void on(OrderPlacedEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue("actorId") String actorId) {
        jdbc.update("""
                        INSERT INTO order_view (order_id, customer_id, rep_id, team_id, status, total, paid, currency,
                            payment_terms_days, lines, placed_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO NOTHING""",
                event.orderId(), event.customerId(), event.repId(), event.teamId(), OrderStatus.PLACED.name(),
                event.total(), event.currency(), event.paymentTermsDays(), write(event.lines()),
                event.placedAt() == null ? time(message) : Timestamp.from(event.placedAt()), time(message));
        record(event.orderId(), message, sequence, actorId, "PLACED", OrderStatus.PLACED, null, null, event.total(),
                null);
    }

    @EventHandler
    void on(OrderPutOnCreditHoldEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue("actorId") String actorId) {
        changeStatus(event.orderId(), OrderStatus.CREDIT_HOLD, message);
        record(event.orderId(), message, sequence, actorId, "CREDIT_HOLD", OrderStatus.CREDIT_HOLD, null, null,
                event.exposure(), event.reason().name());
    }

    @EventHandler
    void on(OrderCreditReleasedEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue("actorId") String actorId) {
        changeStatus(event.orderId(), OrderStatus.PLACED, message);
        record(event.orderId(), message, sequence, actorId, "CREDIT_RELEASED", OrderStatus.PLACED, null, null, null,
                null);
    }

    @EventHandler
    void on(OrderConfirmedEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue("actorId") String actorId) {
        changeStatus(event.orderId(), OrderStatus.CONFIRMED, message);
        record(event.orderId(), message, sequence, actorId, "CONFIRMED", OrderStatus.CONFIRMED, null, null, null,
                null);
    }

    @EventHandler
    void on(OrderShippedEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue("actorId") String actorId) {
        changeStatus(event.orderId(), OrderStatus.SHIPPED, message);
        record(event.orderId(), message, sequence, actorId, "SHIPPED", OrderStatus.SHIPPED, event.carrier(),
                event.trackingNumber(), null, null);
    }

    @EventHandler
    void on(OrderDeliveredEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue("actorId") String actorId) {
        jdbc.update("UPDATE order_view SET status = ?, payment_due_at = ?, updated_at = ? WHERE order_id = ?",
                OrderStatus.DELIVERED.name(), Timestamp.from(event.paymentDueAt()), time(message), event.orderId());
        record(event.orderId(), message, sequence, actorId, "DELIVERED", OrderStatus.DELIVERED, null, null, null,
                null);
    }

    @EventHandler
    void on(PaymentReceivedEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue("actorId") String actorId) {
        jdbc.update("UPDATE order_view SET paid = ?, updated_at = ? WHERE order_id = ?",
                event.paidTotal(), time(message), event.orderId());
        record(event.orderId(), message, sequence, actorId, "PAYMENT_RECEIVED", statusOf(event.orderId()), null,
                null, event.amount(), null);
    }

    @EventHandler
    void on(PaymentReportedEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue("actorId") String actorId) {
        record(event.orderId(), message, sequence, actorId, "PAYMENT_REPORTED", statusOf(event.orderId()), null,
                null, event.amount(), null);
    }

    @EventHandler
    void on(PaymentReportRejectedEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue("actorId") String actorId) {
        record(event.orderId(), message, sequence, actorId, "PAYMENT_REPORT_REJECTED", statusOf(event.orderId()),
                null, null, event.amount(), event.reason());
    }

    @EventHandler
    void on(OrderPaidEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue("actorId") String actorId) {
        jdbc.update("UPDATE order_view SET status = ?, overdue = FALSE, updated_at = ? WHERE order_id = ?",
                OrderStatus.PAID.name(), time(message), event.orderId());
        record(event.orderId(), message, sequence, actorId, "PAID", OrderStatus.PAID, null, null, event.total(),
                null);
    }

    @EventHandler
    void on(PaymentOverdueEvent event, EventMessage<?> message, @SequenceNumber long sequence) {
        jdbc.update("UPDATE order_view SET overdue = TRUE, updated_at = ? WHERE order_id = ?", time(message),
                event.orderId());
        record(event.orderId(), message, sequence, null, "PAYMENT_OVERDUE", OrderStatus.DELIVERED, null, null,
                event.outstanding(), null);
    }

    @EventHandler
    void on(OrderCancelledEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue("actorId") String actorId) {
        changeStatus(event.orderId(), OrderStatus.CANCELLED, message);
        record(event.orderId(), message, sequence, actorId, "CANCELLED", OrderStatus.CANCELLED, null, null, null,
                event.reason());
    }

    @QueryHandler
    Optional<OrderView> handle(FindOrderQuery query) {
        return jdbc.query("SELECT * FROM order_view WHERE order_id = ?", this::view, query.orderId()).stream()
                .findFirst()
                .map(order -> order.withTimeline(jdbc.query(
                        "SELECT * FROM order_timeline WHERE order_id = ? ORDER BY entry_no", OrderProjection::entry,
                        query.orderId())));
    }

    @QueryHandler
    OrderList handle(FindOrdersQuery query) {
        return search.find(query);
    }

    private void changeStatus(String orderId, OrderStatus status, EventMessage<?> message) {
        jdbc.update("UPDATE order_view SET status = ?, updated_at = ? WHERE order_id = ?", status.name(),
                time(message), orderId);
    }

    private void record(String orderId, EventMessage<?> message, long sequence, String actorId, String event,
                        OrderStatus status, String carrier, String trackingNumber, java.math.BigDecimal amount,
                        String reason) {
        jdbc.update("""
                        INSERT INTO order_timeline (order_id, event_id, entry_no, event, status, occurred_at,
                            actor_id, carrier, tracking_number, amount, reason)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                orderId, message.getIdentifier(), sequence, event, status.name(), time(message), actorId, carrier,
                trackingNumber, amount, reason);
    }

    /** The order's status as this projection has it now (payments do not change it, except to PAID). */
    private OrderStatus statusOf(String orderId) {
        return jdbc.queryForList("SELECT status FROM order_view WHERE order_id = ?", String.class, orderId).stream()
                .findFirst().map(OrderStatus::valueOf).orElse(OrderStatus.PLACED);
    }

    private static Timestamp time(EventMessage<?> message) {
        return Timestamp.from(message.getTimestamp());
    }

    private String write(List<OrderLine> lines) {
        try {
            return json.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Order lines not writable as JSON", e);
        }
    }

    private List<OrderLine> read(String lines) {
        try {
            return json.readValue(lines, LINES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored order lines unreadable", e);
        }
    }

    private OrderView view(ResultSet rs, int rowNum) throws SQLException {
        Timestamp due = rs.getTimestamp("payment_due_at");
        var total = rs.getBigDecimal("total");
        var paid = rs.getBigDecimal("paid");
        return new OrderView(rs.getString("order_id"), rs.getString("customer_id"), rs.getString("rep_id"),
                rs.getString("team_id"), rs.getString("status"), read(rs.getString("lines")), total, paid,
                total.subtract(paid), rs.getString("currency"), rs.getInt("payment_terms_days"),
                due == null ? null : due.toInstant(), rs.getBoolean("overdue"),
                rs.getTimestamp("placed_at").toInstant(), List.of());
    }

    private static TimelineEntry entry(ResultSet rs, int rowNum) throws SQLException {
        return new TimelineEntry(rs.getString("event"), rs.getString("status"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_id"), rs.getString("carrier"),
                rs.getString("tracking_number"), rs.getBigDecimal("amount"), rs.getString("reason"));
    }
}
