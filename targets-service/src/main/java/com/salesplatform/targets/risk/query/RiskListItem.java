package com.salesplatform.targets.risk.query;

import com.salesplatform.targets.risk.api.RiskCategory;
import com.salesplatform.targets.risk.api.RiskStatus;

/** One line of {@code GET /api/risks}. */
public record RiskListItem(String id, RiskCategory category, String description, String ownerRepId, Integer score,
                           RiskStatus status) {
}
