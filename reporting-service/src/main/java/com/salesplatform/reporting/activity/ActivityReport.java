package com.salesplatform.reporting.activity;

import com.salesplatform.platform.access.ScopePredicate;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Activity per rep in a period (the policy's 客户跟进 and 客户开发 figures). */
@Component
public class ActivityReport {

    private final NamedParameterJdbcTemplate jdbc;
    private final BusinessCalendar calendar;

    ActivityReport(NamedParameterJdbcTemplate jdbc, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    public PageResponse<RepActivity> activity(CalendarPeriod period, String teamId, CallerIdentity caller,
                                              PageQuery page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("from", Timestamp.from(calendar.startOf(period)))
                .addValue("to", Timestamp.from(calendar.endOf(period)))
                .addValue("firstMonth", "%d-%02d".formatted(period.start().getYear(), period.start().getMonthValue()))
                .addValue("lastMonth", "%d-%02d".formatted(period.endExclusive().minusDays(1).getYear(),
                        period.endExclusive().minusDays(1).getMonthValue()))
                .addValue("limit", page.size())
                .addValue("offset", page.offset());
        StringBuilder where = new StringBuilder(ScopePredicate.ownerInRosterTeam("r.rep_id").sql(caller, parameters));
        if (teamId != null) {
            where.append(" AND r.team_id = :teamId");
            parameters.addValue("teamId", teamId);
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM roster_replica_rep r WHERE " + where, parameters, Long.class);
        var rows = jdbc.query("""
                SELECT r.rep_id, r.name, r.team_id,
                  (SELECT COUNT(*) FROM communication_fact m WHERE m.rep_id = r.rep_id
                     AND m.occurred_at >= :from AND m.occurred_at < :to) AS communications,
                  (SELECT COUNT(*) FROM communication_fact m WHERE m.rep_id = r.rep_id AND m.type = 'VISIT'
                     AND m.occurred_at >= :from AND m.occurred_at < :to) AS visits,
                  (SELECT COUNT(*) FROM follow_up_fact f WHERE f.rep_id = r.rep_id
                     AND f.due_at >= :from AND f.due_at < :to) AS due,
                  (SELECT COUNT(*) FROM follow_up_fact f WHERE f.rep_id = r.rep_id AND f.on_time
                     AND f.due_at >= :from AND f.due_at < :to) AS on_time,
                  (SELECT COUNT(*) FROM follow_up_fact f WHERE f.rep_id = r.rep_id AND f.overdue_at IS NOT NULL
                     AND f.due_at >= :from AND f.due_at < :to) AS overdue,
                  (SELECT COUNT(*) FROM customer_fact c WHERE c.owner_rep_id = r.rep_id
                     AND c.registered_at >= :from AND c.registered_at < :to) AS new_leads,
                  (SELECT SUM(p.minimum_new_leads) FROM prospecting_plan p WHERE p.rep_id = r.rep_id
                     AND p.month BETWEEN :firstMonth AND :lastMonth) AS planned
                FROM roster_replica_rep r WHERE %s
                ORDER BY r.name, r.rep_id LIMIT :limit OFFSET :offset""".formatted(where), parameters,
                (rs, n) -> row(rs));
        return PageResponse.of(rows, page, total == null ? 0 : total);
    }

    private static RepActivity row(ResultSet rs) throws SQLException {
        long due = rs.getLong("due");
        long onTime = rs.getLong("on_time");
        long newLeads = rs.getLong("new_leads");
        long planned = rs.getLong("planned");
        Long plan = rs.wasNull() ? null : planned;
        return new RepActivity(rs.getString("rep_id"), rs.getString("name"), rs.getString("team_id"),
                rs.getLong("communications"), rs.getLong("visits"), due, onTime, rs.getLong("overdue"),
                ratio(onTime, due), newLeads, plan, plan == null ? null : ratio(newLeads, plan));
    }

    /** Percentage with two decimals; none when there is nothing to measure against. */
    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
