package com.salesplatform.customers.purchase;

import com.salesplatform.platform.value.Money;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code purchase_history}: every customer's orders from {@code sales.orders.events}. */
@Component
public class PurchaseHistory {

    private final JdbcTemplate jdbc;

    PurchaseHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void placed(String orderId, String customerId, BigDecimal total, String currency, Instant placedAt) {
        jdbc.update("""
                        INSERT INTO purchase_history
                            (order_id, customer_id, total, currency, status, placed_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO NOTHING""",
                orderId, customerId, Money.cents(total), Money.currencyOr(currency),
                PurchaseStatus.PLACED.name(), Timestamp.from(placedAt), Timestamp.from(placedAt));
    }

    /** Moves an order forward only: a late OrderConfirmed does not undo an OrderPaid. */
    void moved(String orderId, PurchaseStatus status, Instant at) {
        jdbc.queryForList("SELECT status FROM purchase_history WHERE order_id = ? FOR UPDATE", String.class, orderId)
                .stream().findFirst()
                .filter(current -> PurchaseStatus.valueOf(current).ordinal() < status.ordinal())
                .ifPresent(current -> jdbc.update(
                        "UPDATE purchase_history SET status = ?, updated_at = ? WHERE order_id = ?",
                        status.name(), Timestamp.from(at), orderId));
    }

    /** The customer's orders placed up to {@code until} (all when null), newest first, in their current status. */
    public List<Purchase> of(String customerId, Instant until) {
        return jdbc.query("""
                        SELECT order_id, total, currency, status, placed_at FROM purchase_history
                        WHERE customer_id = ? AND (CAST(? AS TIMESTAMPTZ) IS NULL OR placed_at <= ?)
                        ORDER BY placed_at DESC, order_id LIMIT 200""",
                (rs, row) -> new Purchase(rs.getString("order_id"), rs.getBigDecimal("total"),
                        rs.getString("currency"), PurchaseStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("placed_at").toInstant()),
                customerId, until == null ? null : Timestamp.from(until), until == null ? null : Timestamp.from(until));
    }
}
