package com.salesplatform.reporting.alerts;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Something a manager should act on: {@code kind} says what, {@code subjectId} which order, target, customer,
 * complaint or risk, {@code repId} whose, {@code amount} and {@code days} how much and for how long.
 */
public record RiskAlert(Kind kind, String subjectId, String repId, String description, BigDecimal amount,
                        Long days, Instant since) {

    public enum Kind {
        OVERDUE_PAYMENT, TARGET_FORECAST_BELOW_90, NO_CONTACT_60_DAYS, COMPLAINT_OPEN_OVER_7_DAYS, HIGH_RISK
    }
}
