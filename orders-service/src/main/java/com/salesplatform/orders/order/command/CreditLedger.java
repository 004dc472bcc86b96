package com.salesplatform.orders.order.command;

import com.salesplatform.orders.order.api.OrderCancelledEvent;
import com.salesplatform.orders.order.api.OrderCreditReleasedEvent;
import com.salesplatform.orders.order.api.OrderPaidEvent;
import com.salesplatform.orders.order.api.OrderPlacedEvent;
import com.salesplatform.orders.order.api.OrderPutOnCreditHoldEvent;
import com.salesplatform.orders.order.api.PaymentOverdueEvent;
import com.salesplatform.orders.order.api.PaymentReceivedEvent;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.value.Money;
import java.math.BigDecimal;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each customer's credit exposure: the unpaid amount of its orders that count against its limit (placed and not
 * held, or released) and whether one of them is overdue. {@link #assess} locks the customer's row for the rest of
 * the placing command's transaction; the handlers below update the ledger in that same transaction (subscribing
 * processor), so a concurrent placement for the same customer waits and then sees this order.
 */
@Component
@ProcessingGroup("credit-ledger")
public class CreditLedger {

    private final JdbcTemplate jdbc;

    CreditLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public CreditAssessment assess(String customerId) {
        var customer = jdbc.query(
                "SELECT owner_rep_id, credit_limit FROM credit_customer WHERE customer_id = ? FOR UPDATE",
                (rs, row) -> new CustomerCredit(rs.getString("owner_rep_id"), rs.getBigDecimal("credit_limit")),
                customerId).stream().findFirst()
                .orElseThrow(() -> new FieldRejectedException("customerId", "is not a known customer"));
        // A statement of its own, after the lock: its snapshot includes what the previous lock holder committed.
        return jdbc.queryForObject("""
                        SELECT COALESCE(SUM(unpaid) FILTER (WHERE counted), 0) AS exposure,
                               COALESCE(BOOL_OR(overdue), FALSE) AS overdue
                        FROM credit_order WHERE customer_id = ?""",
                (rs, row) -> new CreditAssessment(customer.ownerRepId(), customer.creditLimit(),
                        Money.cents(rs.getBigDecimal("exposure")), rs.getBoolean("overdue")), customerId);
    }

    private record CustomerCredit(String ownerRepId, BigDecimal creditLimit) {
    }

    @EventHandler
    void on(OrderPlacedEvent event) {
        jdbc.update("""
                INSERT INTO credit_order (order_id, customer_id, unpaid, counted) VALUES (?, ?, ?, TRUE)
                ON CONFLICT (order_id) DO NOTHING""", event.orderId(), event.customerId(), event.total());
    }

    @EventHandler
    void on(OrderPutOnCreditHoldEvent event) {
        jdbc.update("UPDATE credit_order SET counted = FALSE WHERE order_id = ?", event.orderId());
    }

    @EventHandler
    void on(OrderCreditReleasedEvent event) {
        jdbc.update("UPDATE credit_order SET counted = TRUE WHERE order_id = ?", event.orderId());
    }

    @EventHandler
    void on(PaymentReceivedEvent event) {
        jdbc.update("UPDATE credit_order SET unpaid = ? WHERE order_id = ?", event.outstanding(), event.orderId());
    }

    @EventHandler
    void on(PaymentOverdueEvent event) {
        jdbc.update("UPDATE credit_order SET overdue = TRUE WHERE order_id = ?", event.orderId());
    }

    @EventHandler
    void on(OrderPaidEvent event) {
        jdbc.update("DELETE FROM credit_order WHERE order_id = ?", event.orderId());
    }

    @EventHandler
    void on(OrderCancelledEvent event) {
        jdbc.update("DELETE FROM credit_order WHERE order_id = ?", event.orderId());
    }
}
