package com.salesplatform.reporting.training;

import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.reporting.attainment.TargetAttainment;
import com.salesplatform.reporting.attainment.TargetAttainmentReport;
import com.salesplatform.reporting.facts.BookedRevenue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reps' figures of one quarter: booked revenue, and their REVENUE target of the quarter with its attainment exactly
 * as the target-attainment report gives it as of the quarter's end.
 */
@Component
class QuarterFigures {

    private final NamedParameterJdbcTemplate jdbc;
    private final BusinessCalendar calendar;
    private final TargetAttainmentReport attainment;

    QuarterFigures(NamedParameterJdbcTemplate jdbc, TargetAttainmentReport attainment, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.attainment = attainment;
    }

    static CalendarPeriod quarterOf(LocalDate day) {
        return CalendarPeriod.parse(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1));
    }

    /** Every rep of {@code repIds}, with a zero revenue and no target when they had none. */
    Map<String, RepQuarter> of(Collection<String> repIds, CalendarPeriod quarter) {
        Map<String, RepQuarter> figures = new HashMap<>();
        if (repIds.isEmpty()) {
            return figures;
        }
        Map<String, TargetAttainment> targets = attainment.repRevenueTargetsAtEnd(repIds, quarter);
        MapSqlParameterSource parameters = new MapSqlParameterSource("reps", repIds)
                .addValue("from", Timestamp.from(calendar.startOf(quarter)))
                .addValue("to", Timestamp.from(calendar.endOf(quarter)));
        jdbc.query("SELECT r.rep_id, %s AS revenue FROM roster_replica_rep r WHERE r.rep_id IN (:reps)"
                .formatted(BookedRevenue.ofRep("r.rep_id", "from", "to")), parameters, rs -> {
            String rep = rs.getString("rep_id");
            TargetAttainment target = targets.get(rep);
            figures.put(rep, new RepQuarter(quarter.value(),
                    rs.getBigDecimal("revenue").setScale(2, RoundingMode.HALF_UP),
                    target == null ? null : target.target(), target == null ? null : target.attainmentPercent()));
        });
        return figures;
    }

    /** One rep's quarter; {@code target} and {@code attainmentPercent} are null without a revenue target. */
    record RepQuarter(String quarter, BigDecimal revenue, BigDecimal target, BigDecimal attainmentPercent) {
    }
}
