package com.salesplatform.reporting.training;

import com.salesplatform.platform.access.ScopePredicate;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.platform.web.CsvRows;
import com.salesplatform.reporting.training.QuarterFigures.RepQuarter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Training coverage in a period (reps with a passed course among the reps the caller may see, completions by
 * category) and the training effect: for each trained rep, the quarter before and the quarter after the one in which
 * they first passed a course in the period, each with booked revenue, the rep's REVENUE target and its attainment.
 * Quarters whatever the period asked for: targets are set per quarter, and a year's reps trained in different
 * quarters are each compared around their own course. The quarter of the course itself is left out, as it mixes
 * before and after.
 */
@Component
public class TrainingCoverageReport {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final NamedParameterJdbcTemplate jdbc;
    private final QuarterFigures quarterFigures;

    TrainingCoverageReport(NamedParameterJdbcTemplate jdbc, QuarterFigures quarterFigures) {
        this.jdbc = jdbc;
        this.quarterFigures = quarterFigures;
    }

    public TrainingCoverage coverage(CalendarPeriod period, String teamId, CallerIdentity caller) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("from", Date.valueOf(period.start()))
                .addValue("to", Date.valueOf(period.endExclusive()));
        StringBuilder reps = new StringBuilder(ScopePredicate.ownerInRosterTeam("r.rep_id").sql(caller, parameters));
        if (teamId != null) {
            reps.append(" AND r.team_id = :teamId");
            parameters.addValue("teamId", teamId);
        }
        long repCount = jdbc.queryForObject("SELECT count(*) FROM roster_replica_rep r WHERE " + reps, parameters, Long.class);
        List<CategoryCompletions> byCategory = jdbc.query("""
                        SELECT c.category, COUNT(*) AS completions, COUNT(*) FILTER (WHERE c.passed) AS passed
                        FROM course_completion_fact c JOIN roster_replica_rep r ON r.rep_id = c.rep_id
                        WHERE c.completed_on >= :from AND c.completed_on < :to AND %s
                        GROUP BY c.category ORDER BY c.category""".formatted(reps), parameters,
                (rs, n) -> new CategoryCompletions(rs.getString("category"), rs.getLong("completions"),
                        rs.getLong("passed")));
        List<TrainedRep> trained = jdbc.query("""
                        SELECT r.rep_id, r.name, COUNT(*) AS courses, MIN(c.completed_on) AS first_passed_on
                        FROM course_completion_fact c JOIN roster_replica_rep r ON r.rep_id = c.rep_id
                        WHERE c.passed AND c.completed_on >= :from AND c.completed_on < :to AND %s
                        GROUP BY r.rep_id, r.name ORDER BY r.name, r.rep_id""".formatted(reps), parameters,
                (rs, n) -> new TrainedRep(rs.getString("rep_id"), rs.getString("name"), rs.getLong("courses"),
                        rs.getDate("first_passed_on").toLocalDate()));
        long trainedCount = trained.size();
        return new TrainingCoverage(period.value(), repCount, trainedCount,
                repCount == 0 ? null : BigDecimal.valueOf(trainedCount * 100L)
                        .divide(BigDecimal.valueOf(repCount), 2, RoundingMode.HALF_UP), byCategory, effect(trained));
    }

    private List<TrainingEffect> effect(List<TrainedRep> trained) {
        Map<CalendarPeriod, Set<String>> repsByQuarter = new HashMap<>();
        for (TrainedRep rep : trained) {
            repsByQuarter.computeIfAbsent(rep.quarterBefore(), q -> new LinkedHashSet<>()).add(rep.repId());
            repsByQuarter.computeIfAbsent(rep.quarterAfter(), q -> new LinkedHashSet<>()).add(rep.repId());
        }
        Map<CalendarPeriod, Map<String, RepQuarter>> figures = new HashMap<>();
        repsByQuarter.forEach((quarter, reps) -> figures.put(quarter, quarterFigures.of(reps, quarter)));
        return trained.stream().map(rep -> effect(rep, figures.get(rep.quarterBefore()).get(rep.repId()),
                figures.get(rep.quarterAfter()).get(rep.repId()))).toList();
    }

    private static TrainingEffect effect(TrainedRep rep, RepQuarter before, RepQuarter after) {
        return new TrainingEffect(rep.repId(), rep.name(), rep.courses(), rep.firstPassedOn(),
                before.quarter(), before.revenue(), before.target(), before.attainmentPercent(),
                after.quarter(), after.revenue(), after.target(), after.attainmentPercent(),
                percentChange(before.revenue(), after.revenue()),
                pointsChange(before.attainmentPercent(), after.attainmentPercent()));
    }

    private static BigDecimal percentChange(BigDecimal before, BigDecimal after) {
        return before.signum() == 0 ? null
                : after.subtract(before).multiply(HUNDRED).divide(before, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal pointsChange(BigDecimal before, BigDecimal after) {
        return before == null || after == null ? null : after.subtract(before);
    }

    private record TrainedRep(String repId, String name, long courses, LocalDate firstPassedOn) {

        CalendarPeriod quarterBefore() {
            return QuarterFigures.quarterOf(firstPassedOn).previous();
        }

        CalendarPeriod quarterAfter() {
            return QuarterFigures.quarterOf(firstPassedOn).next();
        }
    }

    /** Coverage of a period, with each trained rep's effect measured over the quarters around their course. */
    public record TrainingCoverage(String period, long reps, long trainedReps, BigDecimal coveragePercent,
                                   List<CategoryCompletions> byCategory, List<TrainingEffect> effect)
            implements CsvRows<TrainingEffect> {

        @Override
        public List<TrainingEffect> csvRows() {
            return effect;
        }
    }

    public record CategoryCompletions(String category, long completions, long passed) {
    }

    /**
     * A trained rep's quarter before and quarter after the one they first passed a course in ({@code firstPassedOn}):
     * booked revenue, the REVENUE target amount in force at the quarter's end and its attainment (null without a
     * target), the revenue change in percent (null from zero) and the attainment change in percentage points.
     */
    public record TrainingEffect(String repId, String repName, long coursesPassed, LocalDate firstPassedOn,
                                 String quarterBefore, BigDecimal revenueBefore, BigDecimal targetBefore,
                                 BigDecimal attainmentPercentBefore,
                                 String quarterAfter, BigDecimal revenueAfter, BigDecimal targetAfter,
                                 BigDecimal attainmentPercentAfter,
                                 BigDecimal revenueChangePercent, BigDecimal attainmentChangePoints) {
    }
}
