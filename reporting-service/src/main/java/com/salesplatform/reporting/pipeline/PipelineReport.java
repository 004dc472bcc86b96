package com.salesplatform.reporting.pipeline;

import com.salesplatform.platform.access.ScopePredicate;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.CsvRows;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sales funnel: open opportunities by stage (count, value, probability-weighted value), how many that reached a
 * stage went on to the next, win rate, average days from opening to a win, average days spent in each stage, and
 * why deals were lost.
 */
@Component
public class PipelineReport {

    static final List<String> STAGES = List.of("PROSPECTING", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION", "WON");

    private final NamedParameterJdbcTemplate jdbc;

    PipelineReport(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Pipeline pipeline(String repId, String teamId, CallerIdentity caller) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(ScopePredicate.ownerInRosterTeam("o.rep_id").sql(caller, parameters));
        if (repId != null) {
            where.append(" AND o.rep_id = :repId");
            parameters.addValue("repId", repId);
        }
        if (teamId != null) {
            where.append(" AND o.team_id = :teamId");
            parameters.addValue("teamId", teamId);
        }
        return new Pipeline(stages(where.toString(), parameters), winRate(where.toString(), parameters),
                averageCycleDays(where.toString(), parameters), lossReasons(where.toString(), parameters));
    }

    private List<StageFigures> stages(String where, MapSqlParameterSource parameters) {
        List<StageFigures> stages = new ArrayList<>();
        String previous = null;
        for (String stage : STAGES) {
            MapSqlParameterSource stageParameters = new MapSqlParameterSource(parameters.getValues())
                    .addValue("stage", stage);
            var row = jdbc.queryForMap("""
                    SELECT
                      (SELECT COUNT(*) FROM opportunity_fact o WHERE o.stage = :stage AND o.closed_at IS NULL AND %1$s) AS open_count,
                      (SELECT COALESCE(SUM(o.expected_amount), 0) FROM opportunity_fact o
                         WHERE o.stage = :stage AND o.closed_at IS NULL AND %1$s) AS open_value,
                      (SELECT COALESCE(SUM(o.expected_amount * o.probability / 100.0), 0) FROM opportunity_fact o
                         WHERE o.stage = :stage AND o.closed_at IS NULL AND %1$s) AS weighted_value,
                      (SELECT COUNT(DISTINCT s.opportunity_id) FROM opportunity_stage_fact s
                         JOIN opportunity_fact o ON o.opportunity_id = s.opportunity_id
                         WHERE s.stage = :stage AND %1$s) AS reached,
                      (SELECT AVG(EXTRACT(EPOCH FROM (s.left_at - s.entered_at)) / 86400) FROM opportunity_stage_fact s
                         JOIN opportunity_fact o ON o.opportunity_id = s.opportunity_id
                         WHERE s.stage = :stage AND s.left_at IS NOT NULL AND %1$s) AS days_in_stage""".formatted(where),
                    stageParameters);
            long reached = ((Number) row.get("reached")).longValue();
            stages.add(new StageFigures(stage, ((Number) row.get("open_count")).longValue(),
                    money(row.get("open_value")), money(row.get("weighted_value")), reached,
                    previous == null ? null : conversion(previous, stage, where, parameters),
                    row.get("days_in_stage") == null ? null : decimal(row.get("days_in_stage"))));
            previous = stage;
        }
        return stages;
    }

    /**
     * Of the deals that entered {@code from} (the cohort), the share that entered {@code to} after first entering
     * {@code from}; none for an empty cohort. A deal that skips {@code to} is not converted into it and is not in
     * its cohort; a reopened deal counts once. So the conversion is never above 100 %.
     */
    private BigDecimal conversion(String from, String to, String where, MapSqlParameterSource parameters) {
        var row = jdbc.queryForMap("""
                WITH cohort AS (
                  SELECT s.opportunity_id, MIN(s.entered_at) AS entered FROM opportunity_stage_fact s
                  JOIN opportunity_fact o ON o.opportunity_id = s.opportunity_id
                  WHERE s.stage = :from AND %s
                  GROUP BY s.opportunity_id
                )
                SELECT COUNT(*) AS cohort,
                       COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM opportunity_stage_fact n
                         WHERE n.opportunity_id = c.opportunity_id AND n.stage = :to AND n.entered_at >= c.entered))
                         AS converted
                FROM cohort c""".formatted(where),
                new MapSqlParameterSource(parameters.getValues()).addValue("from", from).addValue("to", to));
        long cohort = ((Number) row.get("cohort")).longValue();
        return cohort == 0 ? null : percent(((Number) row.get("converted")).longValue(), cohort);
    }

    private BigDecimal winRate(String where, MapSqlParameterSource parameters) {
        var row = jdbc.queryForMap("""
                SELECT COUNT(*) FILTER (WHERE o.outcome = 'WON') AS won, COUNT(*) FILTER (WHERE o.outcome IS NOT NULL) AS closed
                FROM opportunity_fact o WHERE %s""".formatted(where), parameters);
        long closed = ((Number) row.get("closed")).longValue();
        return closed == 0 ? null : percent(((Number) row.get("won")).longValue(), closed);
    }

    private BigDecimal averageCycleDays(String where, MapSqlParameterSource parameters) {
        Object days = jdbc.queryForObject("""
                SELECT AVG(EXTRACT(EPOCH FROM (o.closed_at - o.opened_at)) / 86400) FROM opportunity_fact o
                WHERE o.outcome = 'WON' AND %s""".formatted(where), parameters, Object.class);
        return days == null ? null : decimal(days);
    }

    private List<LossReason> lossReasons(String where, MapSqlParameterSource parameters) {
        return jdbc.query("""
                SELECT COALESCE(o.loss_reason, '') AS reason, COUNT(*) AS lost,
                       STRING_AGG(DISTINCT o.competitor, ', ') AS competitors
                FROM opportunity_fact o WHERE o.outcome = 'LOST' AND %s
                GROUP BY 1 ORDER BY 2 DESC, 1""".formatted(where), parameters,
                (rs, n) -> new LossReason(rs.getString("reason"), rs.getLong("lost"), rs.getString("competitors")));
    }

    private static BigDecimal money(Object value) {
        return decimal(value);
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** The whole funnel. */
    public record Pipeline(List<StageFigures> stages, BigDecimal winRatePercent, BigDecimal averageCycleDays,
                           List<LossReason> lossReasons) implements CsvRows<StageFigures> {

        @Override
        public List<StageFigures> csvRows() {
            return stages;
        }
    }

    /**
     * One stage: open deals in it now, and of all deals ever, how many reached it and what share of those that
     * entered the stage before went on to enter this one ({@code conversionPercent}, per cohort; see
     * {@code conversion}).
     */
    public record StageFigures(String stage, long openCount, BigDecimal openValue, BigDecimal weightedValue,
                               long reached, BigDecimal conversionPercent, BigDecimal averageDaysInStage) {
    }

    public record LossReason(String reason, long lost, String competitors) {
    }
}
