package com.salesplatform.reporting.products;

import com.salesplatform.platform.access.ScopePredicate;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Products by booked revenue in a period (order lines of confirmations minus cancellations of confirmed orders). */
@Component
public class ProductPopularityReport {

    private final NamedParameterJdbcTemplate jdbc;
    private final BusinessCalendar calendar;

    ProductPopularityReport(NamedParameterJdbcTemplate jdbc, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    public PageResponse<ProductPopularity> popularity(CalendarPeriod period, CallerIdentity caller, PageQuery page) {
        CalendarPeriod previous = period.previous();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("from", Timestamp.from(calendar.startOf(period)))
                .addValue("to", Timestamp.from(calendar.endOf(period)))
                .addValue("previousFrom", Timestamp.from(calendar.startOf(previous)))
                .addValue("limit", page.size())
                .addValue("offset", page.offset());
        String visible = ScopePredicate.ownerInRosterTeam("o.rep_id").sql(caller, parameters);
        String ranked = """
                WITH movements AS (
                  SELECT l.sku, l.quantity, l.line_total, o.confirmed_at AS at, 1 AS sign
                  FROM order_line_fact l JOIN order_fact o ON o.order_id = l.order_id
                  WHERE o.confirmed_at >= :previousFrom AND o.confirmed_at < :to AND %1$s
                  UNION ALL
                  SELECT l.sku, l.quantity, l.line_total, o.cancelled_at, -1
                  FROM order_line_fact l JOIN order_fact o ON o.order_id = l.order_id
                  WHERE o.confirmed_at IS NOT NULL AND o.cancelled_at >= :previousFrom AND o.cancelled_at < :to AND %1$s
                ), totals AS (
                  SELECT sku,
                    SUM(sign * quantity) FILTER (WHERE at >= :from) AS units,
                    COALESCE(SUM(sign * line_total) FILTER (WHERE at >= :from), 0) AS revenue,
                    COALESCE(SUM(sign * line_total) FILTER (WHERE at < :from), 0) AS previous_revenue
                  FROM movements GROUP BY sku
                )
                SELECT t.*, p.name, p.category, RANK() OVER (ORDER BY t.revenue DESC) AS position
                FROM totals t LEFT JOIN product_fact p ON p.sku = t.sku
                WHERE t.units IS NOT NULL""".formatted(visible);
        Long total = jdbc.queryForObject("SELECT count(*) FROM (" + ranked + ") r", parameters, Long.class);
        var items = jdbc.query(ranked + " ORDER BY position, t.sku LIMIT :limit OFFSET :offset", parameters,
                (rs, n) -> {
                    BigDecimal revenue = rs.getBigDecimal("revenue").setScale(2, RoundingMode.HALF_UP);
                    BigDecimal previousRevenue = rs.getBigDecimal("previous_revenue").setScale(2, RoundingMode.HALF_UP);
                    return new ProductPopularity(rs.getInt("position"), rs.getString("sku"),
                            rs.getString("name"), rs.getString("category"), rs.getLong("units"), revenue,
                            previousRevenue, growth(revenue, previousRevenue));
                });
        return PageResponse.of(items, page, total == null ? 0 : total);
    }

    private static BigDecimal growth(BigDecimal now, BigDecimal before) {
        return before.signum() == 0 ? null
                : now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 2, RoundingMode.HALF_UP);
    }
}
