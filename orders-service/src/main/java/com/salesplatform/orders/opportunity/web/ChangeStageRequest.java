package com.salesplatform.orders.opportunity.web;

import com.salesplatform.orders.opportunity.api.OpportunityStage;
import jakarta.validation.constraints.NotNull;

/** {@code POST /api/opportunities/{id}/stage}. */
public record ChangeStageRequest(@NotNull OpportunityStage stage) {
}
