package com.salesplatform.performance.appraisal.command;

import com.salesplatform.performance.appraisal.api.BehaviourRubric;
import com.salesplatform.performance.appraisal.api.KpiInput;
import com.salesplatform.performance.appraisal.api.KpiScore;
import com.salesplatform.performance.appraisal.api.KpiWeights;
import com.salesplatform.performance.lookup.KpiFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Scores an appraisal from its facts (docs/domain.md §4). Each KPI reaches a ratio from 0 to 1 (four decimals, half up,
 * capped at 1), worth ratio × weight points (two decimals, half up); a KPI without its input (no target, no
 * scores, no review yet) is worth 0 and says why. The score is the sum of the points; A ≥ 90, B ≥ 75, C ≥ 60, else D.
 */
final class Scorecard {

    private static final int RATIO_SCALE = 4;
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final BigDecimal FIFTEEN = BigDecimal.valueOf(15);

    private Scorecard() {
    }

    record Result(List<KpiScore> kpis, BigDecimal score, String rating) {
    }

    static Result score(KpiFacts facts, KpiWeights weights, BehaviourRubric rubric) {
        List<KpiScore> kpis = List.of(attainment(facts, weights.attainment()), activity(facts, weights.activity()),
                satisfaction(facts, weights.satisfaction()), behaviour(rubric, weights.behaviour()));
        BigDecimal score = kpis.stream().map(KpiScore::points).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new Result(kpis, score, rating(score));
    }

    static String rating(BigDecimal score) {
        if (score.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return "A";
        }
        if (score.compareTo(BigDecimal.valueOf(75)) >= 0) {
            return "B";
        }
        return score.compareTo(BigDecimal.valueOf(60)) >= 0 ? "C" : "D";
    }

    private static KpiScore attainment(KpiFacts facts, int weight) {
        List<KpiInput> inputs = List.of(input("bookedRevenue", facts.bookedRevenue()),
                input("revenueTarget", facts.revenueTarget()));
        if (!positive(facts.revenueTarget())) {
            return missing("attainment", inputs, weight, "no revenue target for the period");
        }
        return scored("attainment", inputs, weight, facts.bookedRevenue(), facts.revenueTarget(),
                "min(%s / %s, 1)".formatted(facts.bookedRevenue().toPlainString(),
                        facts.revenueTarget().toPlainString()));
    }

    private static KpiScore activity(KpiFacts facts, int weight) {
        List<KpiInput> inputs = List.of(input("communications", facts.communications()),
                input("followUpsOnTime", facts.followUpsOnTime()), input("followUpsOverdue", facts.followUpsOverdue()),
                input("activityPlan", facts.activityPlan()));
        if (!positive(facts.activityPlan())) {
            return prospecting(facts, weight);
        }
        int done = facts.communications() + facts.followUpsOnTime();
        return scored("activity", inputs, weight, BigDecimal.valueOf(done), facts.activityPlan(),
                "min((%d + %d) / %s, 1)".formatted(facts.communications(), facts.followUpsOnTime(),
                        facts.activityPlan().stripTrailingZeros().toPlainString()));
    }

    /** Without a VISITS target: new leads against the prospecting plan, else no basis. */
    private static KpiScore prospecting(KpiFacts facts, int weight) {
        List<KpiInput> inputs = List.of(input("newLeads", facts.newLeads()),
                input("prospectingPlan", facts.prospectingPlan()));
        if (facts.prospectingPlan() == null || facts.prospectingPlan() <= 0) {
            return missing("activity", inputs, weight,
                    "no activity plan (VISITS target) nor prospecting plan for the period");
        }
        return scored("activity", inputs, weight, BigDecimal.valueOf(facts.newLeads()),
                BigDecimal.valueOf(facts.prospectingPlan()),
                "no VISITS target, new leads against the prospecting plan: min(%d / %d, 1)".formatted(
                        facts.newLeads(), facts.prospectingPlan()));
    }

    private static KpiScore satisfaction(KpiFacts facts, int weight) {
        List<KpiInput> inputs = List.of(input("scores", facts.satisfactionScores()),
                input("averageScore", facts.satisfactionAverage()));
        if (facts.satisfactionAverage() == null) {
            return missing("satisfaction", inputs, weight, "no satisfaction scores in the period");
        }
        return scored("satisfaction", inputs, weight, facts.satisfactionAverage(), FIVE,
                "%s / 5".formatted(facts.satisfactionAverage().toPlainString()));
    }

    private static KpiScore behaviour(BehaviourRubric rubric, int weight) {
        if (rubric == null) {
            return missing("behaviour", List.of(input("processAdherence", null), input("teamwork", null),
                    input("learning", null)), weight, "awaiting the manager's review");
        }
        List<KpiInput> inputs = List.of(input("processAdherence", rubric.processAdherence()),
                input("teamwork", rubric.teamwork()), input("learning", rubric.learning()));
        int sum = rubric.processAdherence() + rubric.teamwork() + rubric.learning();
        return scored("behaviour", inputs, weight, BigDecimal.valueOf(sum), FIFTEEN,
                "(%d + %d + %d) / 15".formatted(rubric.processAdherence(), rubric.teamwork(), rubric.learning()));
    }

    private static KpiScore scored(String kpi, List<KpiInput> inputs, int weight, BigDecimal achieved,
                                   BigDecimal planned, String ratioFormula) {
        BigDecimal ratio = achieved.divide(planned, RATIO_SCALE, RoundingMode.HALF_UP)
                .min(BigDecimal.ONE.setScale(RATIO_SCALE));
        BigDecimal points = ratio.multiply(BigDecimal.valueOf(weight)).setScale(2, RoundingMode.HALF_UP);
        return new KpiScore(kpi, inputs, ratio, weight, points,
                "%s = %s; %s × %d = %s".formatted(ratioFormula, ratio.toPlainString(), ratio.toPlainString(), weight,
                        points.toPlainString()));
    }

    private static KpiScore missing(String kpi, List<KpiInput> inputs, int weight, String why) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new KpiScore(kpi, inputs, BigDecimal.ZERO.setScale(RATIO_SCALE), weight, zero,
                why + ": 0 × " + weight + " = 0.00");
    }

    private static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }

    private static KpiInput input(String name, Object value) {
        if (value instanceof BigDecimal decimal) {
            return new KpiInput(name, decimal.toPlainString());
        }
        return new KpiInput(name, value == null ? null : value.toString());
    }
}
