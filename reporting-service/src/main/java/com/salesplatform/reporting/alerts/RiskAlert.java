package com.salesplatform.reporting.alerts;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Something a manager should act on: {@code kind} says what, the reference named after what it references which
 * order, target, customer, complaint (with its customer) or risk, {@code repId} whose, {@code amount} and {@code days}
 * how much and for how long. A row of the report, not a resource of its own: it has no id, only references.
 */
public record RiskAlert(Kind kind, String orderId, String targetId, String customerId, String complaintId,
                        String riskId, String repId, String description, BigDecimal amount, Long days,
                        Instant since) {

    public enum Kind {
        OVERDUE_PAYMENT, TARGET_FORECAST_BELOW_90, NO_CONTACT_60_DAYS, COMPLAINT_OPEN_OVER_7_DAYS, HIGH_RISK
    }

    static RiskAlert overduePayment(String orderId, String repId, BigDecimal outstanding, long days, Instant due) {
        return new RiskAlert(Kind.OVERDUE_PAYMENT, orderId, null, null, null, null, repId, "Payment overdue",
                outstanding, days, due);
    }

    static RiskAlert targetForecastBelow90(String targetId, String repId, String description, BigDecimal forecast) {
        return new RiskAlert(Kind.TARGET_FORECAST_BELOW_90, null, targetId, null, null, null, repId, description,
                forecast, null, null);
    }

    static RiskAlert noContact(String customerId, String repId, long days, Instant since) {
        return new RiskAlert(Kind.NO_CONTACT_60_DAYS, null, null, customerId, null, null, repId,
                "No contact since " + since, null, days, since);
    }

    static RiskAlert complaintOpen(String complaintId, String customerId, String repId, long days, Instant opened) {
        return new RiskAlert(Kind.COMPLAINT_OPEN_OVER_7_DAYS, null, null, customerId, complaintId, null, repId,
                "Complaint open", null, days, opened);
    }

    static RiskAlert highRisk(String riskId, String repId, String description, Instant updated) {
        return new RiskAlert(Kind.HIGH_RISK, null, null, null, null, riskId, repId, description, null, null, updated);
    }
}
