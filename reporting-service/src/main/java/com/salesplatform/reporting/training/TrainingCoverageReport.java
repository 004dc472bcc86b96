package com.salesplatform.reporting.training;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.platform.web.CsvRows;
import com.salesplatform.reporting.access.ReportVisibility;
import com.salesplatform.reporting.facts.BookedRevenue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Training coverage in a period (reps with a passed course among the reps the caller may see, completions by
 * category) and the training effect: each trained rep's booked revenue in the period before and the period after.
 */
@Component
public class TrainingCoverageReport {

    private final NamedParameterJdbcTemplate jdbc;

    TrainingCoverageReport(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public TrainingCoverage coverage(CalendarPeriod period, String teamId, CallerIdentity caller) {
        CalendarPeriod before = period.previous();
        CalendarPeriod after = period.next();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("from", Date.valueOf(period.start()))
                .addValue("to", Date.valueOf(period.endExclusive()))
                .addValue("beforeFrom", Timestamp.from(before.startInstant()))
                .addValue("beforeTo", Timestamp.from(before.end()))
                .addValue("afterFrom", Timestamp.from(after.startInstant()))
                .addValue("afterTo", Timestamp.from(after.end()));
        StringBuilder reps = new StringBuilder(ReportVisibility.repsVisibleTo(caller, "r.rep_id", parameters));
        if (teamId != null) {
            reps.append(" AND r.team_id = :teamId");
            parameters.addValue("teamId", teamId);
        }
        long repCount = jdbc.queryForObject("SELECT count(*) FROM roster_rep r WHERE " + reps, parameters, Long.class);
        String trained = """
                SELECT DISTINCT c.rep_id FROM course_completion_fact c JOIN roster_rep r ON r.rep_id = c.rep_id
                WHERE c.passed AND c.completed_on >= :from AND c.completed_on < :to AND %s""".formatted(reps);
        long trainedCount = jdbc.queryForObject("SELECT count(*) FROM (" + trained + ") t", parameters, Long.class);
        List<CategoryCompletions> byCategory = jdbc.query("""
                        SELECT c.category, COUNT(*) AS completions, COUNT(*) FILTER (WHERE c.passed) AS passed
                        FROM course_completion_fact c JOIN roster_rep r ON r.rep_id = c.rep_id
                        WHERE c.completed_on >= :from AND c.completed_on < :to AND %s
                        GROUP BY c.category ORDER BY c.category""".formatted(reps), parameters,
                (rs, n) -> new CategoryCompletions(rs.getString("category"), rs.getLong("completions"),
                        rs.getLong("passed")));
        List<TrainingEffect> effect = jdbc.query("""
                        SELECT r.rep_id, r.name,
                          (SELECT COUNT(*) FROM course_completion_fact c WHERE c.rep_id = r.rep_id AND c.passed
                             AND c.completed_on >= :from AND c.completed_on < :to) AS courses,
                          %1$s AS revenue_before, %2$s AS revenue_after
                        FROM roster_rep r WHERE r.rep_id IN (%3$s)
                        ORDER BY r.name, r.rep_id""".formatted(BookedRevenue.ofRep("r.rep_id", "beforeFrom", "beforeTo"),
                        BookedRevenue.ofRep("r.rep_id", "afterFrom", "afterTo"), trained),
                parameters, (rs, n) -> {
                    BigDecimal revenueBefore = rs.getBigDecimal("revenue_before").setScale(2, RoundingMode.HALF_UP);
                    BigDecimal revenueAfter = rs.getBigDecimal("revenue_after").setScale(2, RoundingMode.HALF_UP);
                    return new TrainingEffect(rs.getString("rep_id"), rs.getString("name"), rs.getLong("courses"),
                            revenueBefore, revenueAfter, change(revenueBefore, revenueAfter));
                });
        return new TrainingCoverage(period.value(), before.value(), after.value(), repCount, trainedCount,
                repCount == 0 ? null : BigDecimal.valueOf(trainedCount * 100L)
                        .divide(BigDecimal.valueOf(repCount), 2, RoundingMode.HALF_UP), byCategory, effect);
    }

    private static BigDecimal change(BigDecimal before, BigDecimal after) {
        return before.signum() == 0 ? null
                : after.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 2, RoundingMode.HALF_UP);
    }

    /** Coverage of a period with the effect measured over the periods around it. */
    public record TrainingCoverage(String period, String periodBefore, String periodAfter, long reps, long trainedReps,
                                   BigDecimal coveragePercent, List<CategoryCompletions> byCategory,
                                   List<TrainingEffect> effect) implements CsvRows {

        @Override
        public List<?> csvRows() {
            return effect;
        }
    }

    public record CategoryCompletions(String category, long completions, long passed) {
    }

    /** A trained rep's booked revenue in the period before and after the one they trained in. */
    public record TrainingEffect(String repId, String repName, long coursesPassed, BigDecimal revenueBefore,
                                 BigDecimal revenueAfter, BigDecimal changePercent) {
    }
}
