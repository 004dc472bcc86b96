package com.salesplatform.performance.appraisal.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesplatform.performance.appraisal.api.BehaviourRubric;
import com.salesplatform.performance.appraisal.api.KpiInput;
import com.salesplatform.performance.appraisal.api.KpiScore;
import com.salesplatform.performance.appraisal.api.KpiWeights;
import com.salesplatform.performance.lookup.KpiFacts;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private static final KpiFacts MARCH = new KpiFacts(new BigDecimal("100000.00"), new BigDecimal("87654.32"),
            new BigDecimal("20"), 12, 3, 1, 2, new BigDecimal("4.50"), 7, 10);

    @Test
    void scoresEachKpiToTheExactPointsAndShowsTheArithmetic() {
        Scorecard.Result result = Scorecard.score(MARCH, KpiWeights.standard(), new BehaviourRubric(4, 5, 3));

        assertThat(result.kpis()).extracting(KpiScore::kpi, KpiScore::weight, KpiScore::points).containsExactly(
                org.assertj.core.groups.Tuple.tuple("attainment", 50, new BigDecimal("43.83")),
                org.assertj.core.groups.Tuple.tuple("activity", 20, new BigDecimal("15.00")),
                org.assertj.core.groups.Tuple.tuple("satisfaction", 15, new BigDecimal("13.50")),
                org.assertj.core.groups.Tuple.tuple("behaviour", 15, new BigDecimal("12.00")));
        assertThat(result.score()).isEqualTo(new BigDecimal("84.33"));
        assertThat(result.rating()).isEqualTo("B");
        assertThat(result.kpis().get(0).arithmetic())
                .isEqualTo("min(87654.32 / 100000.00, 1) = 0.8765; 0.8765 × 50 = 43.83");
        assertThat(result.kpis().get(1).arithmetic()).isEqualTo("min((12 + 3) / 20, 1) = 0.7500; 0.7500 × 20 = 15.00");
        assertThat(result.kpis().get(2).arithmetic()).isEqualTo("4.50 / 5 = 0.9000; 0.9000 × 15 = 13.50");
        assertThat(result.kpis().get(3).arithmetic()).isEqualTo("(4 + 5 + 3) / 15 = 0.8000; 0.8000 × 15 = 12.00");
        assertThat(result.kpis().get(1).inputs()).containsExactly(new KpiInput("communications", "12"),
                new KpiInput("followUpsOnTime", "3"), new KpiInput("followUpsOverdue", "1"),
                new KpiInput("activityPlan", "20"));
    }

    @Test
    void attainmentAboveTheTargetIsCappedAndOtherWeightsApply() {
        KpiFacts beyond = new KpiFacts(new BigDecimal("100000.00"), new BigDecimal("130000.00"), new BigDecimal("10"),
                30, 0, 0, 1, new BigDecimal("5.00"), 0, null);
        Scorecard.Result result = Scorecard.score(beyond, new KpiWeights(60, 10, 10, 20), new BehaviourRubric(5, 5, 5));
        assertThat(result.kpis()).extracting(KpiScore::points).containsExactly(new BigDecimal("60.00"),
                new BigDecimal("10.00"), new BigDecimal("10.00"), new BigDecimal("20.00"));
        assertThat(result.score()).isEqualTo(new BigDecimal("100.00"));
        assertThat(result.rating()).isEqualTo("A");
    }

    @Test
    void aKpiWithoutItsInputIsWorthNothingAndSaysWhy() {
        KpiFacts nothing = new KpiFacts(null, new BigDecimal("5000.00"), null, 4, 0, 0, 0, null, 2, null);
        Scorecard.Result result = Scorecard.score(nothing, KpiWeights.standard(), null);
        assertThat(result.score()).isEqualTo(new BigDecimal("0.00"));
        assertThat(result.rating()).isEqualTo("D");
        assertThat(result.kpis()).extracting(KpiScore::arithmetic).containsExactly(
                "no revenue target for the period: 0 × 50 = 0.00",
                "no activity plan (VISITS target) nor prospecting plan for the period: 0 × 20 = 0.00",
                "no satisfaction scores in the period: 0 × 15 = 0.00",
                "awaiting the manager's review: 0 × 15 = 0.00");
        assertThat(result.kpis().get(0).inputs()).contains(new KpiInput("revenueTarget", null));
    }

    @Test
    void withoutAVisitsTargetActivityIsNewLeadsAgainstTheProspectingPlan() {
        KpiFacts prospecting = new KpiFacts(new BigDecimal("100000.00"), new BigDecimal("87654.32"), null, 12, 3, 1,
                2, new BigDecimal("4.50"), 3, 4);
        KpiScore activity = Scorecard.score(prospecting, KpiWeights.standard(), null).kpis().get(1);
        assertThat(activity.points()).isEqualTo(new BigDecimal("15.00"));
        assertThat(activity.arithmetic()).isEqualTo(
                "no VISITS target, new leads against the prospecting plan: min(3 / 4, 1) = 0.7500; 0.7500 × 20 = 15.00");
        assertThat(activity.inputs()).containsExactly(new KpiInput("newLeads", "3"),
                new KpiInput("prospectingPlan", "4"));
    }

    @ParameterizedTest
    @CsvSource({"100.00,A", "90.00,A", "89.99,B", "75.00,B", "74.99,C", "60.00,C", "59.99,D", "0.00,D"})
    void ratesAtTheBoundaries(String score, String rating) {
        assertThat(Scorecard.rating(new BigDecimal(score))).isEqualTo(rating);
    }
}
