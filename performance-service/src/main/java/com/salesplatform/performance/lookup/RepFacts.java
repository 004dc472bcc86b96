package com.salesplatform.performance.lookup;

import com.salesplatform.performance.period.Period;
import com.salesplatform.platform.time.BusinessCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the fact replicas for one rep and period as they were known at {@code knownAt}: only facts recorded by
 * then count, and a cancellation counts only once it was recorded. Reading again with the same moment gives the
 * same facts, whatever arrived since.
 */
@Component
public class RepFacts {

    private static final String KNOWN_BOOKING = """
            rep_id = ? AND confirmed_at >= ? AND confirmed_at < ? AND recorded_at <= ?""";

    private final JdbcTemplate jdbc;
    private final BusinessCalendar calendar;

    RepFacts(JdbcTemplate jdbc, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    public KpiFacts kpiFacts(String repId, Period period, Instant knownAt) {
        Object[] window = {repId, Timestamp.from(period.start(calendar)), Timestamp.from(period.end(calendar)),
                Timestamp.from(knownAt)};
        return new KpiFacts(
                target(repId, "REVENUE", period, knownAt),
                bookedRevenue(repId, period, knownAt),
                target(repId, "VISITS", period, knownAt),
                count("kind = 'COMMUNICATION'", window),
                count("""
                        kind = 'FOLLOW_UP_COMPLETED' AND COALESCE(a.on_time, TRUE) AND NOT EXISTS (SELECT 1 FROM fact_customer_activity o
                            WHERE o.kind = 'FOLLOW_UP_OVERDUE' AND o.follow_up_id = a.follow_up_id
                            AND o.recorded_at <= ?)""", append(window, Timestamp.from(knownAt))),
                count("kind = 'FOLLOW_UP_OVERDUE'", window),
                count("kind = 'SATISFACTION'", window),
                satisfactionAverage(window),
                count("kind = 'NEW_LEAD'", window),
                prospectingPlan(repId, period, knownAt));
    }

    /** The minimum of new leads of the period's months, each month's plan as last set by {@code knownAt}. */
    private Integer prospectingPlan(String repId, Period period, Instant knownAt) {
        return jdbc.queryForObject("""
                        SELECT SUM(minimum_new_leads) FROM (
                          SELECT DISTINCT ON (month) minimum_new_leads FROM fact_prospecting_plan
                          WHERE rep_id = ? AND month = ANY (?) AND recorded_at <= ?
                          ORDER BY month, recorded_at DESC, event_id) latest""", Integer.class,
                repId, period.monthValues().toArray(String[]::new), Timestamp.from(knownAt));
    }

    public BigDecimal bookedRevenue(String repId, Period period, Instant knownAt) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(total), 0) FROM fact_booking WHERE " + KNOWN_BOOKING
                        + " AND NOT (cancelled_at IS NOT NULL AND cancel_recorded_at <= ?)", BigDecimal.class,
                repId, Timestamp.from(period.start(calendar)), Timestamp.from(period.end(calendar)), Timestamp.from(knownAt),
                Timestamp.from(knownAt)).setScale(2, RoundingMode.HALF_UP);
    }

    /** Every order confirmed for the rep in the period and known at {@code knownAt}, cancelled or not. */
    public List<Booking> bookings(String repId, Period period, Instant knownAt) {
        return jdbc.query("""
                        SELECT order_id, total, confirmed_at,
                               CASE WHEN cancel_recorded_at <= ? THEN cancelled_at END AS cancelled_at
                        FROM fact_booking WHERE""" + " " + KNOWN_BOOKING + " ORDER BY confirmed_at, order_id",
                (rs, row) -> new Booking(rs.getString("order_id"), rs.getBigDecimal("total"),
                        rs.getTimestamp("confirmed_at").toInstant(),
                        rs.getTimestamp("cancelled_at") == null ? null : rs.getTimestamp("cancelled_at").toInstant()),
                Timestamp.from(knownAt), repId, Timestamp.from(period.start(calendar)), Timestamp.from(period.end(calendar)),
                Timestamp.from(knownAt));
    }

    /** The rep's target of the period, else the sum of their targets of its months; null when there is none. */
    private BigDecimal target(String repId, String metric, Period period, Instant knownAt) {
        String sql = """
                SELECT SUM(amount) FROM fact_target
                WHERE scope = 'REP' AND owner_id = ? AND metric = ? AND period = ANY (?) AND recorded_at <= ?""";
        BigDecimal exact = jdbc.queryForObject(sql, BigDecimal.class, repId, metric,
                new String[] {period.value()}, Timestamp.from(knownAt));
        if (exact != null || period.months() == 1) {
            return exact;
        }
        return jdbc.queryForObject(sql, BigDecimal.class, repId, metric, period.monthValues().toArray(String[]::new),
                Timestamp.from(knownAt));
    }

    private int count(String condition, Object[] arguments) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM fact_customer_activity a WHERE a.rep_id = ? "
                + "AND a.occurred_at >= ? AND a.occurred_at < ? AND a.recorded_at <= ? AND " + condition,
                Integer.class, arguments);
        return count == null ? 0 : count;
    }

    private BigDecimal satisfactionAverage(Object[] window) {
        BigDecimal average = jdbc.queryForObject("""
                SELECT AVG(score) FROM fact_customer_activity
                WHERE rep_id = ? AND occurred_at >= ? AND occurred_at < ? AND recorded_at <= ?
                AND kind = 'SATISFACTION'""", BigDecimal.class, window);
        return average == null ? null : average.setScale(2, RoundingMode.HALF_UP);
    }

    private static Object[] append(Object[] arguments, Object last) {
        Object[] all = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = last;
        return all;
    }
}
