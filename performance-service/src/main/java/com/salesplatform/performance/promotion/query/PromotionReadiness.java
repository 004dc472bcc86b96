package com.salesplatform.performance.promotion.query;

import java.util.List;

/**
 * Promotion readiness of a rep (docs/domain.md §4): ready when their two latest finalised appraisals are of consecutive
 * periods and both rated A, and they hold every certification the next grade requires (unexpired).
 */
public record PromotionReadiness(String repId, int currentGrade, Integer nextGrade, boolean ready,
                                 List<FinalRating> latestFinalRatings, boolean twoConsecutiveARatings,
                                 List<String> requiredCertifications, List<String> heldCertifications,
                                 List<String> missingCertifications) {

    /** A finalised appraisal's period and rating. */
    public record FinalRating(String period, String rating) {
    }
}
