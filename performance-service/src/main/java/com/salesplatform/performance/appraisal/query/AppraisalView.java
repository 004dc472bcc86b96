package com.salesplatform.performance.appraisal.query;

import com.salesplatform.performance.appraisal.api.BehaviourRubric;
import com.salesplatform.performance.appraisal.api.KpiScore;
import com.salesplatform.performance.appraisal.api.KpiWeights;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An appraisal as the API shows it: every KPI with its inputs, weight, points and arithmetic, and the sum written
 * out in {@code scoreArithmetic}, so a rep can check the score by hand.
 */
public record AppraisalView(String id, String repId, String teamId, String period, String status,
                            KpiWeights weights, List<KpiScore> kpis, BigDecimal score, String scoreArithmetic,
                            String rating, Review review, String appealReason, Instant openedAt, Instant updatedAt) {

    /** The manager's review, once there is one. */
    public record Review(String reviewerId, BehaviourRubric rubric, String feedback) {
    }
}
