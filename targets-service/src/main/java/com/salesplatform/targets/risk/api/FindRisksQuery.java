package com.salesplatform.targets.risk.api;

/** Risks by optional status, category and minimum score, highest score first; {@code ownerRepId} limits to one owner. */
public record FindRisksQuery(RiskStatus status, RiskCategory category, Integer minScore, String ownerRepId, int page,
                             int size) {
}
