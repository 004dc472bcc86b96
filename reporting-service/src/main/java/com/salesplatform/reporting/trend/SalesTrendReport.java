package com.salesplatform.reporting.trend;

import com.salesplatform.platform.access.ScopePredicate;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.BusinessCalendar;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Booked revenue, orders, units and collected payments per day, ISO week or month, filterable. */
@Component
public class SalesTrendReport {

    static final int MAX_BUCKETS = 400;

    private final NamedParameterJdbcTemplate jdbc;
    private final BusinessCalendar calendar;

    SalesTrendReport(NamedParameterJdbcTemplate jdbc, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    public List<SalesTrendPoint> trend(Query query, CallerIdentity caller) {
        LocalDate first = query.granularity().bucketOf(query.from());
        Map<LocalDate, Accumulator> buckets = emptyBuckets(query, first);
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("from", Timestamp.from(calendar.startOf(first)))
                .addValue("to", Timestamp.from(calendar.endOf(query.to())))
                .addValue("zone", calendar.zone().getId())
                .addValue("unit", query.granularity().sqlUnit());
        String filters = filters(query, caller, parameters);

        jdbc.query(bookings(query, filters), parameters, rs -> {
            buckets.get(rs.getDate("bucket").toLocalDate())
                    .book(rs.getBigDecimal("revenue"), rs.getLong("orders"), rs.getLong("units"));
        });
        jdbc.query(collections(query, filters), parameters, rs -> {
            buckets.get(rs.getDate("bucket").toLocalDate()).collect(rs.getBigDecimal("collected"));
        });

        List<SalesTrendPoint> points = new ArrayList<>();
        buckets.forEach((bucket, totals) -> points.add(totals.point(bucket)));
        return points;
    }

    private static Map<LocalDate, Accumulator> emptyBuckets(Query query, LocalDate first) {
        Map<LocalDate, Accumulator> buckets = new TreeMap<>();
        for (LocalDate bucket = first; !bucket.isAfter(query.to()); bucket = query.granularity().next(bucket)) {
            buckets.put(bucket, new Accumulator());
            if (buckets.size() > MAX_BUCKETS) {
                throw new FieldRejectedException("to", "the range holds more than " + MAX_BUCKETS + " "
                        + query.granularity().name().toLowerCase() + "s; choose a shorter range or a larger granularity");
            }
        }
        return buckets;
    }

    /** Confirmations count +1, cancellations of confirmed orders −1, each in the bucket of its own time. */
    private static String bookings(Query query, String filters) {
        String amount = query.sku() == null ? "o.total" : "l.line_total";
        String units = query.sku() == null
                ? "(SELECT COALESCE(SUM(x.quantity), 0) FROM order_line_fact x WHERE x.order_id = o.order_id)"
                : "l.quantity";
        String skuJoin = query.sku() == null ? "" : " JOIN order_line_fact l ON l.order_id = o.order_id AND l.sku = :sku";
        return """
                WITH movements AS (
                  SELECT o.confirmed_at AS at, 1 AS sign, %1$s AS amount, %2$s AS units
                  FROM order_fact o%3$s WHERE o.confirmed_at IS NOT NULL AND %4$s
                  UNION ALL
                  SELECT o.cancelled_at, -1, %1$s, %2$s
                  FROM order_fact o%3$s WHERE o.cancelled_at IS NOT NULL AND o.confirmed_at IS NOT NULL AND %4$s
                )
                SELECT CAST(date_trunc(:unit, m.at AT TIME ZONE :zone) AS DATE) AS bucket,
                       SUM(m.sign * m.amount) AS revenue, SUM(m.sign) AS orders, SUM(m.sign * m.units) AS units
                FROM movements m WHERE m.at >= :from AND m.at < :to
                GROUP BY 1""".formatted(amount, units, skuJoin, filters);
    }

    /**
     * Payments received in each bucket, of the orders the filters select. With a sku, a payment counts with the
     * sku's share of its order (the sku's lines over all lines), as a payment is for the whole order.
     */
    private static String collections(Query query, String filters) {
        String amount = query.sku() == null ? "p.amount" : """
                p.amount * (SELECT SUM(l.line_total) FROM order_line_fact l WHERE l.order_id = o.order_id AND l.sku = :sku)
                  / NULLIF((SELECT SUM(l.line_total) FROM order_line_fact l WHERE l.order_id = o.order_id), 0)""";
        String withSku = query.sku() == null ? ""
                : " AND EXISTS (SELECT 1 FROM order_line_fact l WHERE l.order_id = o.order_id AND l.sku = :sku)";
        return """
                SELECT CAST(date_trunc(:unit, p.received_at AT TIME ZONE :zone) AS DATE) AS bucket,
                       COALESCE(ROUND(SUM(%s), 2), 0) AS collected
                FROM payment_fact p JOIN order_fact o ON o.order_id = p.order_id
                WHERE p.received_at >= :from AND p.received_at < :to AND %s%s
                GROUP BY 1""".formatted(amount, filters, withSku);
    }

    private static String filters(Query query, CallerIdentity caller, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add(ScopePredicate.ownerInRosterTeam("o.rep_id").sql(caller, parameters));
        if (query.teamId() != null) {
            conditions.add("o.team_id = :teamId");
            parameters.addValue("teamId", query.teamId());
        }
        if (query.repId() != null) {
            conditions.add("o.rep_id = :repId");
            parameters.addValue("repId", query.repId());
        }
        if (query.region() != null) {
            conditions.add("o.customer_id IN (SELECT customer_id FROM customer_fact WHERE region = :region)");
            parameters.addValue("region", query.region());
        }
        if (query.sku() != null) {
            parameters.addValue("sku", query.sku());
        }
        return String.join(" AND ", conditions);
    }

    /** The trend asked for: granularity, an inclusive date range, and optional filters. */
    public record Query(Granularity granularity, LocalDate from, LocalDate to, String teamId, String repId,
                        String sku, String region) {

        public Query {
            if (from.isAfter(to)) {
                throw new FieldRejectedException("from", "must not be after 'to'");
            }
        }
    }

    private static final class Accumulator {
        private BigDecimal revenue = BigDecimal.ZERO;
        private long orders;
        private long units;
        private BigDecimal collected = BigDecimal.ZERO;

        void book(BigDecimal revenue, long orders, long units) {
            this.revenue = this.revenue.add(revenue);
            this.orders += orders;
            this.units += units;
        }

        void collect(BigDecimal amount) {
            collected = collected.add(amount);
        }

        SalesTrendPoint point(LocalDate bucket) {
            return new SalesTrendPoint(bucket, revenue.setScale(2), orders, units, collected.setScale(2));
        }
    }
}
