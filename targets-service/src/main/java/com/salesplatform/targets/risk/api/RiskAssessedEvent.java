package com.salesplatform.targets.risk.api;

import org.axonframework.serialization.Revision;

/** Likelihood and impact 1–5; the score is their product (1–25). */
@Revision("1")
public record RiskAssessedEvent(String riskId, int likelihood, int impact, int score) {
}
