package com.salesplatform.orders.order.query;

import com.salesplatform.orders.access.SalesRows;
import com.salesplatform.orders.order.api.FindReportedPaymentsQuery;
import com.salesplatform.orders.order.api.PaymentReceivedEvent;
import com.salesplatform.orders.order.api.PaymentReportRejectedEvent;
import com.salesplatform.orders.order.api.PaymentReportedEvent;
import com.salesplatform.platform.axon.CallerCorrelationDataProvider;
import com.salesplatform.platform.value.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code reported_payment}: the payments awaiting confirmation across all orders (a reported payment leaves it when
 * it is confirmed or rejected), written in the command's transaction from the order's events only.
 */
@Component
@ProcessingGroup("reported-payment-view")
public class ReportedPaymentProjection {

    private final JdbcTemplate jdbc;

    ReportedPaymentProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PaymentReportedEvent event, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue(CallerCorrelationDataProvider.ACTOR_ID) String actorId) {
        jdbc.update("""
                        INSERT INTO reported_payment (payment_id, order_id, customer_id, rep_id, team_id, amount,
                            currency, reported_by, reported_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (payment_id) DO NOTHING""",
                event.paymentId(), event.orderId(), event.customerId(), event.repId(), event.teamId(), event.amount(),
                event.currency(), actorId, Timestamp.from(at));
    }

    @EventHandler
    void on(PaymentReceivedEvent event) {
        jdbc.update("DELETE FROM reported_payment WHERE payment_id = ?", event.paymentId());
    }

    @EventHandler
    void on(PaymentReportRejectedEvent event) {
        jdbc.update("DELETE FROM reported_payment WHERE payment_id = ?", event.paymentId());
    }

    /** Oldest first: the order in which they wait. */
    @QueryHandler
    ReportedPaymentList handle(FindReportedPaymentsQuery query) {
        List<Object> arguments = new ArrayList<>();
        String from = " FROM reported_payment WHERE " + SalesRows.VISIBLE.sql(query.visibility(), arguments);
        Long total = jdbc.queryForObject("SELECT count(*)" + from, Long.class, arguments.toArray());
        arguments.add(query.page().size());
        arguments.add(query.page().offset());
        List<ReportedPayment> items = jdbc.query(
                "SELECT *" + from + " ORDER BY reported_at, payment_id LIMIT ? OFFSET ?", this::payment,
                arguments.toArray());
        return new ReportedPaymentList(items, total == null ? 0 : total);
    }

    private ReportedPayment payment(ResultSet rs, int row) throws SQLException {
        return new ReportedPayment(rs.getString("payment_id"), rs.getString("order_id"), rs.getString("customer_id"),
                rs.getString("rep_id"), rs.getString("team_id"), PaymentView.REPORTED,
                Money.cents(rs.getBigDecimal("amount")), rs.getString("currency"), rs.getString("reported_by"),
                rs.getTimestamp("reported_at").toInstant());
    }
}
