package com.salesplatform.reporting.alerts;

import com.salesplatform.platform.access.ScopePredicate;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.reporting.attainment.TargetAttainment;
import com.salesplatform.reporting.attainment.TargetAttainmentReport;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The risk alerts of docs/domain.md §6: overdue payments (amount and days), targets of running periods forecast below
 * 90 %, customers without contact for 60 days, complaints open over 7 days, risks with a score of 15 or more.
 */
@Component
public class RiskAlertsReport {

    static final Duration NO_CONTACT = Duration.ofDays(60);
    static final Duration COMPLAINT_AGE = Duration.ofDays(7);
    static final int HIGH_RISK_SCORE = 15;
    private static final BigDecimal FORECAST_THRESHOLD = BigDecimal.valueOf(90);

    private final NamedParameterJdbcTemplate jdbc;
    private final TargetAttainmentReport attainment;
    private final Clock clock;

    RiskAlertsReport(NamedParameterJdbcTemplate jdbc, TargetAttainmentReport attainment, Clock clock) {
        this.jdbc = jdbc;
        this.attainment = attainment;
        this.clock = clock;
    }

    public List<RiskAlert> alerts(CallerIdentity caller) {
        Instant now = clock.instant();
        List<RiskAlert> alerts = new ArrayList<>();
        alerts.addAll(overduePayments(caller, now));
        alerts.addAll(targetsForecastBelow90(caller));
        alerts.addAll(customersWithoutContact(caller, now));
        alerts.addAll(oldComplaints(caller, now));
        alerts.addAll(highRisks(caller));
        return alerts;
    }

    private List<RiskAlert> overduePayments(CallerIdentity caller, Instant now) {
        var parameters = new MapSqlParameterSource();
        return jdbc.query("""
                        SELECT o.order_id, o.rep_id, o.total - o.paid_total AS outstanding,
                               COALESCE(o.payment_due_at, o.overdue_since) AS due
                        FROM order_fact o
                        WHERE o.overdue_since IS NOT NULL AND o.paid_at IS NULL AND o.cancelled_at IS NULL AND %s
                        ORDER BY due""".formatted(ScopePredicate.ownerInRosterTeam("o.rep_id").sql(caller, parameters)),
                parameters, (rs, n) -> {
                    Instant due = rs.getTimestamp("due").toInstant();
                    return RiskAlert.overduePayment(rs.getString("order_id"), rs.getString("rep_id"),
                            rs.getBigDecimal("outstanding"), daysOverdue(due, now), due);
                });
    }

    /**
     * Calendar days in the company's zone from the last day payment was due to today: due by the end of 10 April,
     * it is 1 day overdue all through 11 April.
     */
    private long daysOverdue(Instant due, Instant now) {
        BusinessCalendar calendar = BusinessCalendar.of(clock);
        LocalDate lastDayToPay = calendar.dateOf(due.minusNanos(1));
        return Math.max(0, ChronoUnit.DAYS.between(lastDayToPay, calendar.dateOf(now)));
    }

    private List<RiskAlert> targetsForecastBelow90(CallerIdentity caller) {
        List<RiskAlert> alerts = new ArrayList<>();
        int page = 0;
        while (true) {
            var batch = attainment.find(new TargetAttainmentReport.Filter(null, null, null, null), caller,
                    new PageQuery(page, PageQuery.MAX_SIZE));
            for (TargetAttainment target : batch.items()) {
                if (target.forecastPercent() != null && target.forecastPercent().compareTo(FORECAST_THRESHOLD) < 0
                        && !"CLOSED".equals(target.status()) && target.timeBound().isAfter(clock.instant())) {
                    alerts.add(RiskAlert.targetForecastBelow90(target.targetId(),
                            "REP".equals(target.scope()) ? target.ownerId() : null,
                            "Forecast " + target.forecastPercent() + " % of " + target.metric() + " target "
                                    + target.period(), target.runRateForecast()));
                }
            }
            if (++page >= batch.totalPages()) {
                return alerts;
            }
        }
    }

    private List<RiskAlert> customersWithoutContact(CallerIdentity caller, Instant now) {
        var parameters = new MapSqlParameterSource("before", Timestamp.from(now.minus(NO_CONTACT)));
        return jdbc.query("""
                        SELECT c.customer_id, c.owner_rep_id, COALESCE(c.last_contact_at, c.registered_at) AS since
                        FROM customer_fact c
                        WHERE c.status NOT IN ('LOST') AND COALESCE(c.last_contact_at, c.registered_at) < :before
                          AND %s
                        ORDER BY since""".formatted(
                        ScopePredicate.ownerInRosterTeam("c.owner_rep_id").sql(caller, parameters)),
                parameters, (rs, n) -> {
                    Instant since = rs.getTimestamp("since").toInstant();
                    return RiskAlert.noContact(rs.getString("customer_id"), rs.getString("owner_rep_id"),
                            Duration.between(since, now).toDays(), since);
                });
    }

    private List<RiskAlert> oldComplaints(CallerIdentity caller, Instant now) {
        var parameters = new MapSqlParameterSource("before", Timestamp.from(now.minus(COMPLAINT_AGE)));
        return jdbc.query("""
                        SELECT k.complaint_id, k.customer_id, k.rep_id, k.opened_at FROM complaint_fact k
                        WHERE k.resolved_at IS NULL AND k.opened_at < :before AND %s
                        ORDER BY k.opened_at""".formatted(
                        ScopePredicate.ownerInRosterTeam("k.rep_id").sql(caller, parameters)),
                parameters, (rs, n) -> {
                    Instant opened = rs.getTimestamp("opened_at").toInstant();
                    return RiskAlert.complaintOpen(rs.getString("complaint_id"), rs.getString("customer_id"),
                            rs.getString("rep_id"), Duration.between(opened, now).toDays(), opened);
                });
    }

    private List<RiskAlert> highRisks(CallerIdentity caller) {
        var parameters = new MapSqlParameterSource("score", HIGH_RISK_SCORE);
        return jdbc.query("""
                        SELECT r.risk_id, r.owner_rep_id, r.category, r.description, r.score, r.updated_at
                        FROM risk_fact r WHERE r.score >= :score AND r.status <> 'CLOSED' AND %s
                        ORDER BY r.score DESC""".formatted(
                        ScopePredicate.ownerInRosterTeam("r.owner_rep_id").sql(caller, parameters)),
                parameters, (rs, n) -> RiskAlert.highRisk(rs.getString("risk_id"), rs.getString("owner_rep_id"),
                        rs.getString("category") + ": " + rs.getString("description")
                                + " (score " + rs.getInt("score") + ")", rs.getTimestamp("updated_at").toInstant()));
    }
}
