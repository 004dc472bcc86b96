package com.salesplatform.customers.lookup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code purchase_history}: every customer's orders as orders-service published them, kept by
 * {@code integration.inbound.PurchaseHistoryReplica}.
 */
@Component
public class PurchaseHistory {

    private final JdbcTemplate jdbc;

    PurchaseHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
