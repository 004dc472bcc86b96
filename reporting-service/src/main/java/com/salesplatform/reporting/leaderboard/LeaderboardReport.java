package com.salesplatform.reporting.leaderboard;

import com.salesplatform.platform.access.ScopePredicate;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import java.sql.Timestamp;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reps ranked by booked revenue in a period (confirmations minus cancellations of confirmed orders). */
@Component
public class LeaderboardReport {

    private final NamedParameterJdbcTemplate jdbc;
    private final BusinessCalendar calendar;

    LeaderboardReport(NamedParameterJdbcTemplate jdbc, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    public PageResponse<LeaderboardEntry> rank(CalendarPeriod period, String teamId, CallerIdentity caller,
                                               PageQuery page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("from", Timestamp.from(calendar.startOf(period)))
                .addValue("to", Timestamp.from(calendar.endOf(period)))
                .addValue("limit", page.size())
                .addValue("offset", page.offset());
        String visible = ScopePredicate.ownerInRosterTeam("r.rep_id").sql(caller, parameters);
        String team = "";
        if (teamId != null) {
            team = " AND r.team_id = :teamId";
            parameters.addValue("teamId", teamId);
        }
        String ranked = """
                WITH booked AS (
                  SELECT o.rep_id, SUM(o.total) AS revenue, COUNT(*) AS orders FROM order_fact o
                  WHERE o.confirmed_at >= :from AND o.confirmed_at < :to GROUP BY o.rep_id
                ), reversed AS (
                  SELECT o.rep_id, SUM(o.total) AS revenue, COUNT(*) AS orders FROM order_fact o
                  WHERE o.confirmed_at IS NOT NULL AND o.cancelled_at >= :from AND o.cancelled_at < :to
                  GROUP BY o.rep_id
                ), totals AS (
                  SELECT r.rep_id, r.name, r.team_id,
                         COALESCE(b.revenue, 0) - COALESCE(x.revenue, 0) AS revenue,
                         COALESCE(b.orders, 0) - COALESCE(x.orders, 0) AS orders
                  FROM roster_replica_rep r
                  LEFT JOIN booked b ON b.rep_id = r.rep_id
                  LEFT JOIN reversed x ON x.rep_id = r.rep_id
                  WHERE %s%s
                )
                SELECT *, RANK() OVER (ORDER BY revenue DESC) AS position FROM totals""".formatted(visible, team);
        Long total = jdbc.queryForObject("SELECT count(*) FROM (" + ranked + ") ranked", parameters, Long.class);
        var entries = jdbc.query(ranked + " ORDER BY position, name, rep_id LIMIT :limit OFFSET :offset", parameters,
                (rs, n) -> new LeaderboardEntry(rs.getInt("position"), rs.getString("rep_id"), rs.getString("name"),
                        rs.getString("team_id"), rs.getBigDecimal("revenue").setScale(2), rs.getLong("orders")));
        return PageResponse.of(entries, page, total == null ? 0 : total);
    }
}
