package com.salesplatform.targets.risk.command;

import com.salesplatform.platform.rejection.FieldRejectedException;


/** Likelihood and impact on a 1–5 scale; the score is their product. */
record RiskRating(int likelihood, int impact) {

    static RiskRating of(Integer likelihood, Integer impact) {
        return new RiskRating(onScale("likelihood", likelihood), onScale("impact", impact));
    }

    int score() {
        return likelihood * impact;
    }

    private static int onScale(String field, Integer value) {
        if (value == null || value < 1 || value > 5) {
            throw new FieldRejectedException(field, "must be between 1 and 5");
        }
        return value;
    }
}
