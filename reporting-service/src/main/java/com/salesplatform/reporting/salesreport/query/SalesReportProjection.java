package com.salesplatform.reporting.salesreport.query;

import com.salesplatform.platform.access.ScopePredicate;
import com.salesplatform.reporting.salesreport.api.FindSalesReportByPeriodQuery;
import com.salesplatform.reporting.salesreport.api.FindSalesReportQuery;
import com.salesplatform.reporting.salesreport.api.FindSalesReportsQuery;
import com.salesplatform.reporting.salesreport.api.PeriodType;
import com.salesplatform.reporting.salesreport.api.ReportFigures;
import com.salesplatform.reporting.salesreport.api.SalesReportReviewedEvent;
import com.salesplatform.reporting.salesreport.api.SalesReportSubmittedEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code sales_report} read model, written in the command's transaction (subscribing processor). */
@Component
@ProcessingGroup("sales-report-view")
class SalesReportProjection {

    private final NamedParameterJdbcTemplate jdbc;

    SalesReportProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SalesReportSubmittedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        ReportFigures figures = event.figures();
        jdbc.update("""
                INSERT INTO sales_report (report_id, rep_id, period_type, period, highlights, lessons, next_plan,
                    booked_revenue, orders, attainment_percent, new_leads, visits, submitted_at)
                VALUES (:id, :rep, :type, :period, :highlights, :lessons, :nextPlan, :revenue, :orders, :attainment,
                    :newLeads, :visits, :at)""", new MapSqlParameterSource()
                .addValue("id", event.reportId()).addValue("rep", event.repId())
                .addValue("type", event.periodType().name()).addValue("period", event.period())
                .addValue("highlights", event.highlights()).addValue("lessons", event.lessons())
                .addValue("nextPlan", event.nextPlan()).addValue("revenue", figures.bookedRevenue())
                .addValue("orders", figures.orders()).addValue("attainment", figures.revenueAttainmentPercent())
                .addValue("newLeads", figures.newLeads()).addValue("visits", figures.visits())
                .addValue("at", Timestamp.from(at)));
    }

    @EventHandler
    void on(SalesReportReviewedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                UPDATE sales_report SET reviewer_id = :reviewer, review_comments = :comments, reviewed_at = :at
                WHERE report_id = :id""", new MapSqlParameterSource("id", event.reportId())
                .addValue("reviewer", event.reviewerId()).addValue("comments", event.comments())
                .addValue("at", Timestamp.from(at)));
    }

    @QueryHandler
    Optional<SalesReportView> handle(FindSalesReportQuery query) {
        return jdbc.query("SELECT * FROM sales_report WHERE report_id = :id",
                new MapSqlParameterSource("id", query.reportId()), SalesReportProjection::row).stream().findFirst();
    }

    @QueryHandler
    Optional<SalesReportView> handle(FindSalesReportByPeriodQuery query) {
        return jdbc.query("""
                        SELECT * FROM sales_report WHERE rep_id = :rep AND period_type = :type AND period = :period""",
                new MapSqlParameterSource("rep", query.repId()).addValue("type", query.periodType().name())
                        .addValue("period", query.period()), SalesReportProjection::row).stream().findFirst();
    }

    @QueryHandler
    SalesReportList handle(FindSalesReportsQuery query) {
        var parameters = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (query.repId() != null) {
            where.append(" AND rep_id = :rep");
            parameters.addValue("rep", query.repId());
        }
        if (query.period() != null) {
            where.append(" AND period = :period");
            parameters.addValue("period", query.period());
        }
        if (query.reviewed() != null) {
            where.append(query.reviewed() ? " AND reviewed_at IS NOT NULL" : " AND reviewed_at IS NULL");
        }
        where.append(" AND ").append(ScopePredicate.ownerInRosterTeam("rep_id").sql(query.scope(), parameters));
        Long total = jdbc.queryForObject("SELECT count(*) FROM sales_report" + where, parameters, Long.class);
        parameters.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
        var items = jdbc.query("SELECT * FROM sales_report" + where
                + " ORDER BY period DESC, submitted_at DESC LIMIT :limit OFFSET :offset", parameters,
                SalesReportProjection::row);
        return new SalesReportList(items, total == null ? 0 : total);
    }

    private static SalesReportView row(ResultSet rs, int rowNum) throws SQLException {
        Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
        return new SalesReportView(rs.getString("report_id"), rs.getString("rep_id"),
                PeriodType.valueOf(rs.getString("period_type")), rs.getString("period"), rs.getString("highlights"),
                rs.getString("lessons"), rs.getString("next_plan"),
                new ReportFigures(rs.getBigDecimal("booked_revenue"), rs.getLong("orders"),
                        rs.getBigDecimal("attainment_percent"), rs.getLong("new_leads"), rs.getLong("visits")),
                rs.getTimestamp("submitted_at").toInstant(),
                reviewedAt == null ? null : new SalesReportView.Review(rs.getString("reviewer_id"),
                        rs.getString("review_comments"), reviewedAt.toInstant()));
    }
}
