package com.salesplatform.targets.risk.api;

import com.salesplatform.platform.access.CallerScope;

/**
 * Risks by optional status, category and minimum score, highest score first, limited to the caller's
 * {@code scope} (a manager's team: its current reps).
 */
public record FindRisksQuery(RiskStatus status, RiskCategory category, Integer minScore, CallerScope scope,
                             int page, int size) {
}
