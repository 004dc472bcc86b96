package com.salesplatform.performance.appraisal.api;

/** The weight of each KPI in points out of 100 (docs/domain.md §4 default: 50 / 20 / 15 / 15). */
public record KpiWeights(int attainment, int activity, int satisfaction, int behaviour) {

    public static KpiWeights standard() {
        return new KpiWeights(50, 20, 15, 15);
    }

    public int total() {
        return attainment + activity + satisfaction + behaviour;
    }
}
