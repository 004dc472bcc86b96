package com.salesplatform.performance.promotion.api;

import java.time.LocalDate;

/** Whether a rep of {@code grade} is ready for the next one, judged on {@code today}. */
public record FindPromotionReadinessQuery(String repId, int grade, LocalDate today) {
}
