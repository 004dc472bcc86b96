package com.salesplatform.reporting.salesreport.query;

import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.reporting.facts.BookedRevenue;
import com.salesplatform.reporting.salesreport.api.FindReportFiguresQuery;
import com.salesplatform.reporting.salesreport.api.ReportFigures;
import com.salesplatform.platform.time.BusinessCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A rep's figures for a period as the read models give them now: what a report is pre-filled with and frozen at,
 * and what its review compares against.
 */
@Component
class LiveReportFigures {

    private final NamedParameterJdbcTemplate jdbc;
    private final BusinessCalendar calendar;

    LiveReportFigures(NamedParameterJdbcTemplate jdbc, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @QueryHandler
    ReportFigures handle(FindReportFiguresQuery query) {
        CalendarPeriod period = CalendarPeriod.parse(query.period());
        var parameters = new MapSqlParameterSource("rep", query.repId())
                .addValue("from", Timestamp.from(calendar.startOf(period)))
                .addValue("to", Timestamp.from(calendar.endOf(period)))
                .addValue("period", query.period());
        return jdbc.queryForObject("""
                SELECT
                  %s AS revenue,
                  (SELECT COUNT(*) FROM order_fact WHERE rep_id = :rep AND confirmed_at >= :from AND confirmed_at < :to)
                  - (SELECT COUNT(*) FROM order_fact WHERE rep_id = :rep AND confirmed_at IS NOT NULL
                     AND cancelled_at >= :from AND cancelled_at < :to) AS orders,
                  (SELECT target_amount FROM target_attainment WHERE scope = 'REP' AND owner_id = :rep
                     AND period = :period AND metric = 'REVENUE' ORDER BY set_at DESC LIMIT 1) AS target,
                  (SELECT COUNT(*) FROM customer_fact WHERE owner_rep_id = :rep
                     AND registered_at >= :from AND registered_at < :to) AS new_leads,
                  (SELECT COUNT(*) FROM communication_fact WHERE rep_id = :rep AND type = 'VISIT'
                     AND occurred_at >= :from AND occurred_at < :to) AS visits"""
                .formatted(BookedRevenue.ofRep(":rep", "from", "to")), parameters, (rs, n) -> {
            BigDecimal revenue = rs.getBigDecimal("revenue").setScale(2, RoundingMode.HALF_UP);
            BigDecimal target = rs.getBigDecimal("target");
            BigDecimal attainment = target == null || target.signum() == 0 ? null
                    : revenue.multiply(BigDecimal.valueOf(100)).divide(target, 2, RoundingMode.HALF_UP);
            return new ReportFigures(revenue, rs.getLong("orders"), attainment, rs.getLong("new_leads"),
                    rs.getLong("visits"));
        });
    }
}
