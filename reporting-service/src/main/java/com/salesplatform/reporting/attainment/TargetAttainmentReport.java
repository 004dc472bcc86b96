package com.salesplatform.reporting.attainment;

import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.access.ScopePredicate;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import com.salesplatform.reporting.attainment.TargetAttainment.Outlook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Attainment of every target the caller may see, computed from the facts at the asked instant (now, or
 * {@code asOf}): REVENUE is booked revenue (confirmed orders minus cancellations of confirmed orders), ORDER_COUNT
 * the same in orders, NEW_CUSTOMERS conversions, VISITS logged visits — of the owner (rep, the team as recorded on
 * the order or the reps of the team, or everyone) within the target's period.
 */
@Component
public class TargetAttainmentReport {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal AT_RISK_BELOW = BigDecimal.valueOf(100);
    private static final BigDecimal OFF_TRACK_BELOW = BigDecimal.valueOf(90);

    /** An order counts for the company's targets, its rep's, and its team's (the team recorded on the order). */
    private static final String ORDER_OWNER = """
            (t.scope = 'COMPANY' OR (t.scope = 'REP' AND o.rep_id = t.owner_id)
             OR (t.scope = 'TEAM' AND o.team_id = t.owner_id))""";
    private static final String CONFIRMED_IN_WINDOW = ORDER_OWNER + " AND o.confirmed_at" + window("o.confirmed_at");
    private static final String CANCELLED_IN_WINDOW = ORDER_OWNER
            + " AND o.confirmed_at IS NOT NULL AND o.cancelled_at" + window("o.cancelled_at");
    private static final String CONVERTED_IN_WINDOW = repOwner("c.owner_rep_id")
            + " AND c.converted_at" + window("c.converted_at");
    private static final String VISITED_IN_WINDOW = repOwner("m.rep_id")
            + " AND m.type = 'VISIT' AND m.occurred_at" + window("m.occurred_at");

    /** What counts against the target by {@code :cutoff}: bookings less cancellations, conversions, visits. */
    private static final String ACTUAL = "CASE t.metric"
            + " WHEN 'REVENUE' THEN"
            + " (SELECT COALESCE(SUM(o.total), 0) FROM order_fact o WHERE " + CONFIRMED_IN_WINDOW + ")"
            + " - (SELECT COALESCE(SUM(o.total), 0) FROM order_fact o WHERE " + CANCELLED_IN_WINDOW + ")"
            + " WHEN 'ORDER_COUNT' THEN"
            + " (SELECT COUNT(*) FROM order_fact o WHERE " + CONFIRMED_IN_WINDOW + ")"
            + " - (SELECT COUNT(*) FROM order_fact o WHERE " + CANCELLED_IN_WINDOW + ")"
            + " WHEN 'NEW_CUSTOMERS' THEN (SELECT COUNT(*) FROM customer_fact c WHERE " + CONVERTED_IN_WINDOW + ")"
            + " WHEN 'VISITS' THEN (SELECT COUNT(*) FROM communication_fact m WHERE " + VISITED_IN_WINDOW + ")"
            + " END";

    /** Open opportunities of the owner expected to close within the period, weighted by their stage probability. */
    private static final String WEIGHTED_PIPELINE = """
            CASE WHEN t.metric = 'REVENUE' THEN
              (SELECT COALESCE(SUM(o.expected_amount * o.probability / 100.0), 0) FROM opportunity_fact o
               WHERE %s AND o.opened_at <= :cutoff AND (o.closed_at IS NULL OR o.closed_at > :cutoff)
                 AND o.expected_close_date >= CAST(t.period_start AT TIME ZONE :zone AS DATE)
                 AND o.expected_close_date < CAST(t.time_bound AT TIME ZONE :zone AS DATE))
            END""".formatted(ORDER_OWNER);

    /** A target's row with its figures at {@code :cutoff}, the amount then in force included. */
    private static final String WITH_FIGURES = """
            t.*, (%s) AS actual_now, (%s) AS weighted_pipeline,
              COALESCE((SELECT h.amount FROM target_amount_history h WHERE h.target_id = t.target_id
                 AND h.effective_at <= :cutoff ORDER BY h.effective_at DESC LIMIT 1), t.target_amount)
                AS amount_then""".formatted(ACTUAL, WEIGHTED_PIPELINE);

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    TargetAttainmentReport(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** {@code column} within the target's period, and not after {@code :cutoff}. */
    private static String window(String column) {
        return " >= t.period_start AND " + column + " < LEAST(t.time_bound, :cutoff)";
    }

    /** A fact of a rep counts for the company's targets, the rep's, and the targets of the rep's team. */
    private static String repOwner(String repColumn) {
        return "(t.scope = 'COMPANY' OR (t.scope = 'REP' AND " + repColumn + " = t.owner_id)"
                + " OR (t.scope = 'TEAM' AND " + repColumn + " IN (" + RosterReplica.repsOfTeamSql("t.owner_id")
                + ")))";
    }

    public PageResponse<TargetAttainment> find(Filter filter, CallerIdentity caller, PageQuery page) {
        Instant cutoff = filter.asOf() != null ? filter.asOf() : clock.instant();
        MapSqlParameterSource parameters = new MapSqlParameterSource("cutoff", Timestamp.from(cutoff))
                .addValue("zone", clock.getZone().getId());
        String where = where(filter, caller, parameters);

        Long total = jdbc.queryForObject("SELECT count(*) FROM target_attainment t" + where, parameters, Long.class);
        parameters.addValue("limit", page.size()).addValue("offset", page.offset());
        List<TargetAttainment> items = jdbc.query("""
                        SELECT %s
                        FROM target_attainment t %s
                        ORDER BY t.period, t.scope, t.owner_id NULLS FIRST, t.target_id
                        LIMIT :limit OFFSET :offset""".formatted(WITH_FIGURES, where),
                parameters, (rs, n) -> row(rs, cutoff));
        return PageResponse.of(items, page, total == null ? 0 : total);
    }

    /** Every target set by {@code at} and not closed then, with its figures at {@code at}, whoever may see it. */
    public List<TargetAttainment> openTargets(Instant at) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("cutoff", Timestamp.from(at))
                .addValue("zone", clock.getZone().getId());
        return jdbc.query("""
                        SELECT %s
                        FROM target_attainment t
                        WHERE t.set_at <= :cutoff AND (t.closed_at IS NULL OR t.closed_at > :cutoff)
                        ORDER BY t.target_id""".formatted(WITH_FIGURES),
                parameters, (rs, n) -> row(rs, at));
    }

    /**
     * Each rep's REVENUE target of {@code period} (REP scope; the one set last if there are several) as this report
     * answers for it as of the period's end: the amount in force then (a target set only after the period ended has
     * no amount then, and counts with its latest) against the booked revenue of the period. Reps without such a
     * target are absent. Which reps the caller may see is for the asker to decide.
     */
    public Map<String, TargetAttainment> repRevenueTargetsAtEnd(Collection<String> repIds, CalendarPeriod period) {
        if (repIds.isEmpty()) {
            return Map.of();
        }
        Instant cutoff = BusinessCalendar.of(clock).endOf(period);
        MapSqlParameterSource parameters = new MapSqlParameterSource("cutoff", Timestamp.from(cutoff))
                .addValue("zone", clock.getZone().getId())
                .addValue("period", period.value())
                .addValue("reps", repIds);
        Map<String, TargetAttainment> byRep = new HashMap<>();
        jdbc.query("""
                        SELECT DISTINCT ON (t.owner_id) %s
                        FROM target_attainment t
                        WHERE t.scope = 'REP' AND t.metric = 'REVENUE' AND t.period = :period AND t.owner_id IN (:reps)
                        ORDER BY t.owner_id, t.set_at DESC, t.target_id""".formatted(WITH_FIGURES),
                parameters, rs -> {
                    TargetAttainment target = row(rs, cutoff);
                    byRep.put(target.ownerId(), target);
                });
        return byRep;
    }

    private static String where(Filter filter, CallerIdentity caller, MapSqlParameterSource parameters) {
        StringBuilder where = new StringBuilder(" WHERE t.set_at <= :cutoff");
        if (filter.period() != null) {
            where.append(" AND t.period = :period");
            parameters.addValue("period", filter.period());
        }
        if (filter.scope() != null) {
            where.append(" AND t.scope = :scope");
            parameters.addValue("scope", filter.scope());
        }
        if (filter.ownerId() != null) {
            where.append(" AND t.owner_id = :ownerId");
            parameters.addValue("ownerId", filter.ownerId());
        }
        if (!CallerScope.of(caller).all()) {
            where.append(" AND (t.scope = 'COMPANY'")
                    .append(" OR (t.scope = 'REP' AND ")
                    .append(ScopePredicate.ownerInRosterTeam("t.owner_id").sql(caller, parameters)).append(")")
                    .append(" OR (t.scope = 'TEAM' AND ")
                    .append(ScopePredicate.teamColumn("t.owner_id").sql(caller, parameters)).append("))");
        }
        return where.toString();
    }

    private static TargetAttainment row(ResultSet rs, Instant cutoff) throws SQLException {
        BigDecimal target = rs.getBigDecimal("amount_then");
        BigDecimal actual = rs.getBigDecimal("actual_now").setScale(2, RoundingMode.HALF_UP);
        Instant start = rs.getTimestamp("period_start").toInstant();
        Instant end = rs.getTimestamp("time_bound").toInstant();
        BigDecimal forecast = runRateForecast(actual, start, end, cutoff);
        BigDecimal forecastPercent = forecast == null ? null : percent(forecast, target);
        BigDecimal pipeline = rs.getBigDecimal("weighted_pipeline");
        BigDecimal pipelineForecast = pipeline == null ? null : actual.add(pipeline).setScale(2, RoundingMode.HALF_UP);
        return new TargetAttainment(rs.getString("target_id"), rs.getString("scope"), rs.getString("owner_id"),
                rs.getString("period"), rs.getString("metric"), target, rs.getString("currency"), actual,
                percent(actual, target), forecast, forecastPercent, pipelineForecast, outlook(forecastPercent),
                statusAt(rs, cutoff), rs.getString("parent_target_id"), end);
    }

    /** Actual so far, extended at the same pace to the end of the period; none before the period starts. */
    static BigDecimal runRateForecast(BigDecimal actual, Instant start, Instant end, Instant cutoff) {
        if (!cutoff.isAfter(start)) {
            return null;
        }
        if (!cutoff.isBefore(end)) {
            return actual;
        }
        long elapsed = Duration.between(start, cutoff).toSeconds();
        long length = Duration.between(start, end).toSeconds();
        return actual.multiply(BigDecimal.valueOf(length)).divide(BigDecimal.valueOf(elapsed), 2, RoundingMode.HALF_UP);
    }

    static Outlook outlook(BigDecimal forecastPercent) {
        if (forecastPercent == null) {
            return Outlook.NOT_STARTED;
        }
        if (forecastPercent.compareTo(AT_RISK_BELOW) >= 0) {
            return Outlook.ON_TRACK;
        }
        return forecastPercent.compareTo(OFF_TRACK_BELOW) >= 0 ? Outlook.AT_RISK : Outlook.OFF_TRACK;
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static String statusAt(ResultSet rs, Instant cutoff) throws SQLException {
        if (reached(rs.getTimestamp("closed_at"), cutoff)) {
            return "CLOSED";
        }
        return reached(rs.getTimestamp("activated_at"), cutoff) ? "ACTIVE" : "DRAFT";
    }

    private static boolean reached(Timestamp at, Instant cutoff) {
        return at != null && !at.toInstant().isAfter(cutoff);
    }

    /** What to list: a period, a scope, an owner, and the instant ({@code null}: now). */
    public record Filter(String period, String scope, String ownerId, Instant asOf) {
    }
}
