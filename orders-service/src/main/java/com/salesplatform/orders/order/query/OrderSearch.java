package com.salesplatform.orders.order.query;

import com.salesplatform.orders.access.SalesRows;
import com.salesplatform.orders.order.api.FindOrdersQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The filtered, paged order list, within what the caller may see. */
class OrderSearch {

    private final JdbcTemplate jdbc;

    OrderSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    OrderList find(FindOrdersQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        filter(conditions, arguments, "customer_id = ?", query.customerId());
        filter(conditions, arguments, "rep_id = ?", query.repId());
        filter(conditions, arguments, "status = ?", query.status() == null ? null : query.status().name());
        filter(conditions, arguments, "placed_at >= ?", query.from() == null ? null : Timestamp.from(query.from()));
        filter(conditions, arguments, "placed_at < ?", query.to() == null ? null : Timestamp.from(query.to()));
        conditions.add(SalesRows.VISIBLE.sql(query.visibility(), arguments));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Long total = jdbc.queryForObject("SELECT count(*) FROM order_view" + where, Long.class, arguments.toArray());
        arguments.add(query.page().size());
        arguments.add(query.page().offset());
        List<OrderSummary> items = jdbc.query("SELECT * FROM order_view" + where
                + " ORDER BY placed_at DESC, order_id LIMIT ? OFFSET ?", OrderSearch::summary, arguments.toArray());
        return new OrderList(items, total == null ? 0 : total);
    }

    private static void filter(List<String> conditions, List<Object> arguments, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            arguments.add(value);
        }
    }

    private static OrderSummary summary(ResultSet rs, int rowNum) throws SQLException {
        return new OrderSummary(rs.getString("order_id"), rs.getString("customer_id"), rs.getString("rep_id"),
                rs.getString("team_id"), rs.getString("status"), rs.getBigDecimal("total"), rs.getBigDecimal("paid"),
                rs.getString("currency"), rs.getBoolean("overdue"), rs.getTimestamp("placed_at").toInstant());
    }
}
