package com.salesplatform.reporting.customers;

import com.salesplatform.platform.access.ScopePredicate;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.CsvRows;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Customers' buying behaviour from their booked orders (confirmed and not cancelled): RFM scores 1–5 (recency of
 * the last order in days, see {@link #RECENCY}; frequency and monetary value as quintiles among the customers
 * shown) and segments, the repeat-purchase
 * rate and the average order value, overall and per region or industry.
 */
@Component
public class CustomerBehaviourReport {

    private static final Map<String, String> GROUP_COLUMNS = Map.of("region", "c.region", "industry", "c.industry");

    /** RFM segments, first match wins (R, F and M are 1–5, 5 best). */
    private static final String SEGMENT = """
            CASE
              WHEN r >= 4 AND f >= 4 THEN 'CHAMPIONS'
              WHEN f >= 4 THEN 'LOYAL'
              WHEN r >= 4 AND f = 1 THEN 'NEW'
              WHEN r <= 2 AND f >= 3 THEN 'AT_RISK'
              WHEN r <= 2 THEN 'HIBERNATING'
              ELSE 'POTENTIAL'
            END""";

    /**
     * Recency by the days since the last order, not by rank among the customers shown: a customer who bought today
     * is recent however few customers there are. Up to 30 days 5, 60 days 4, 90 days 3, 180 days 2, else 1.
     */
    private static final String RECENCY = """
            CASE
              WHEN last_order > CAST(:now AS TIMESTAMPTZ) - INTERVAL '30 days' THEN 5
              WHEN last_order > CAST(:now AS TIMESTAMPTZ) - INTERVAL '60 days' THEN 4
              WHEN last_order > CAST(:now AS TIMESTAMPTZ) - INTERVAL '90 days' THEN 3
              WHEN last_order > CAST(:now AS TIMESTAMPTZ) - INTERVAL '180 days' THEN 2
              ELSE 1
            END""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    CustomerBehaviourReport(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public CustomerBehaviour behaviour(String groupBy, CallerIdentity caller, PageQuery page) {
        String groupColumn = GROUP_COLUMNS.get(groupBy == null ? "region" : groupBy);
        if (groupColumn == null) {
            throw new FieldRejectedException("groupBy", "must be region or industry");
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("now", Timestamp.from(clock.instant()));
        String scored = """
                WITH buyers AS (
                  SELECT c.customer_id, c.name, %1$s AS grp,
                         MAX(o.confirmed_at) AS last_order, COUNT(*) AS frequency, SUM(o.total) AS monetary
                  FROM customer_fact c JOIN order_fact o ON o.customer_id = c.customer_id
                  WHERE o.confirmed_at IS NOT NULL AND o.cancelled_at IS NULL AND %2$s
                  GROUP BY c.customer_id, c.name, %1$s
                ), scored AS (
                  SELECT b.*, %4$s AS r, NTILE(5) OVER (ORDER BY frequency) AS f,
                         NTILE(5) OVER (ORDER BY monetary) AS m
                  FROM buyers b
                )
                SELECT s.*, %3$s AS segment FROM scored s""".formatted(groupColumn,
                ScopePredicate.ownerInRosterTeam("c.owner_rep_id").sql(caller, parameters), SEGMENT, RECENCY);

        Figures overall = jdbc.queryForObject("SELECT " + FIGURES + " FROM (" + scored + ") x", parameters,
                (rs, n) -> figures(rs.getLong("customers"), rs.getLong("repeat_buyers"), rs.getLong("orders"),
                        rs.getBigDecimal("revenue")));
        List<GroupFigures> groups = jdbc.query("SELECT COALESCE(grp, '') AS grp, " + FIGURES + " FROM (" + scored
                        + ") x GROUP BY grp ORDER BY revenue DESC NULLS LAST, grp", parameters,
                (rs, n) -> new GroupFigures(rs.getString("grp"), figures(rs.getLong("customers"),
                        rs.getLong("repeat_buyers"), rs.getLong("orders"), rs.getBigDecimal("revenue"))));
        List<SegmentCount> segments = jdbc.query("SELECT segment, COUNT(*) AS customers FROM (" + scored
                        + ") x GROUP BY segment ORDER BY segment", parameters,
                (rs, n) -> new SegmentCount(rs.getString("segment"), rs.getLong("customers")));
        parameters.addValue("limit", page.size()).addValue("offset", page.offset());
        List<CustomerScore> customers = jdbc.query(scored
                        + " ORDER BY r + f + m DESC, monetary DESC, customer_id LIMIT :limit OFFSET :offset",
                parameters, (rs, n) -> new CustomerScore(rs.getString("customer_id"), rs.getString("name"),
                        rs.getString("grp"), rs.getTimestamp("last_order").toInstant(), rs.getLong("frequency"),
                        rs.getBigDecimal("monetary").setScale(2, RoundingMode.HALF_UP), rs.getInt("r"),
                        rs.getInt("f"), rs.getInt("m"), rs.getString("segment")));
        return new CustomerBehaviour(groupBy == null ? "region" : groupBy, overall, groups, segments,
                PageResponse.of(customers, page, overall.customers()));
    }

    private static final String FIGURES = """
            COUNT(*) AS customers, COUNT(*) FILTER (WHERE frequency >= 2) AS repeat_buyers,
            COALESCE(SUM(frequency), 0) AS orders, COALESCE(SUM(monetary), 0) AS revenue""";

    private static Figures figures(long customers, long repeatBuyers, long orders, BigDecimal revenue) {
        return new Figures(customers,
                customers == 0 ? null : BigDecimal.valueOf(repeatBuyers * 100L)
                        .divide(BigDecimal.valueOf(customers), 2, RoundingMode.HALF_UP),
                orders == 0 ? null : revenue.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP));
    }

    public record CustomerBehaviour(String groupBy, Figures overall, List<GroupFigures> groups,
                                    List<SegmentCount> segments, PageResponse<CustomerScore> customers)
            implements CsvRows<CustomerScore> {

        @Override
        public List<CustomerScore> csvRows() {
            return customers.items();
        }
    }

    public record Figures(long customers, BigDecimal repeatPurchaseRatePercent, BigDecimal averageOrderValue) {
    }

    public record GroupFigures(String group, Figures figures) {
    }

    public record SegmentCount(String segment, long customers) {
    }

    public record CustomerScore(String customerId, String name, String group, Instant lastOrderAt,
                                long orders, BigDecimal monetary, int recencyScore, int frequencyScore,
                                int monetaryScore, String segment) {
    }
}
