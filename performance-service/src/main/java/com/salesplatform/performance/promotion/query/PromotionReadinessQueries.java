package com.salesplatform.performance.promotion.query;

import com.salesplatform.performance.period.Period;
import com.salesplatform.performance.promotion.api.FindPromotionReadinessQuery;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers promotion readiness from the finalised appraisals and the certification replica. */
@Component
@EnableConfigurationProperties(PromotionRequirements.class)
class PromotionReadinessQueries {

    private static final int HIGHEST_GRADE = 6;

    private final JdbcTemplate jdbc;
    private final PromotionRequirements requirements;

    PromotionReadinessQueries(JdbcTemplate jdbc, PromotionRequirements requirements) {
        this.jdbc = jdbc;
        this.requirements = requirements;
    }

    @QueryHandler
    PromotionReadiness handle(FindPromotionReadinessQuery query) {
        List<PromotionReadiness.FinalRating> latest = latestFinalRatings(query.repId());
        boolean twoA = latest.size() == 2 && latest.stream().allMatch(rating -> "A".equals(rating.rating()))
                && consecutive(latest.get(1).period(), latest.get(0).period());
        Integer next = query.grade() < HIGHEST_GRADE ? query.grade() + 1 : null;
        List<String> required = next == null ? List.of() : requirements.forGrade(next);
        List<String> held = jdbc.queryForList("""
                        SELECT DISTINCT name FROM fact_training WHERE rep_id = ? AND kind = 'CERTIFICATION'
                        AND (expires_on IS NULL OR expires_on >= ?) ORDER BY name""", String.class, query.repId(),
                java.sql.Date.valueOf(query.today()));
        List<String> missing = new ArrayList<>(required);
        missing.removeAll(held);
        return new PromotionReadiness(query.repId(), query.grade(), next, next != null && twoA && missing.isEmpty(),
                latest, twoA, required, held, List.copyOf(missing));
    }

    /** The two latest finalised appraisals, newest first. */
    private List<PromotionReadiness.FinalRating> latestFinalRatings(String repId) {
        List<PromotionReadiness.FinalRating> finalised = new ArrayList<>(jdbc.query("""
                        SELECT period, rating FROM appraisal_view WHERE rep_id = ? AND status = 'FINALIZED'""",
                (rs, row) -> new PromotionReadiness.FinalRating(rs.getString("period"), rs.getString("rating")),
                repId));
        finalised.sort((a, b) -> Period.parse(b.period()).lastDay().compareTo(Period.parse(a.period()).lastDay()));
        return List.copyOf(finalised.subList(0, Math.min(2, finalised.size())));
    }

    /** Two months in a row, or two quarters in a row. */
    private static boolean consecutive(String earlier, String later) {
        Period first = Period.parse(earlier);
        Period second = Period.parse(later);
        return first.months() == second.months() && first.isFollowedBy(second);
    }
}
