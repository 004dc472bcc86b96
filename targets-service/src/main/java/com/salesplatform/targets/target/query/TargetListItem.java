package com.salesplatform.targets.target.query;

import com.salesplatform.targets.target.api.TargetMetric;
import com.salesplatform.targets.target.api.TargetScope;
import com.salesplatform.targets.target.api.TargetStatus;
import java.math.BigDecimal;

/** One line of {@code GET /api/targets}. */
public record TargetListItem(String id, TargetScope scope, String ownerId, String period, TargetMetric metric,
                             BigDecimal amount, String currency, TargetStatus status, String parentTargetId) {
}
