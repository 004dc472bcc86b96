package com.salesplatform.targets.risk.api;

/**
 * Risks by optional status, category and minimum score, highest score first. {@code visibleToRepId} non-null limits
 * them to the risks it owns and, with {@code visibleToTeamId}, to those owned by a current rep of that team too.
 */
public record FindRisksQuery(RiskStatus status, RiskCategory category, Integer minScore, String visibleToRepId,
                             String visibleToTeamId, int page, int size) {
}
