package com.salesplatform.orders.opportunity.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** Published as OpportunityStageChanged v1 (contracts/events/orders). From LOST: a reopening. */
@Revision("1")
public record OpportunityStageChangedEvent(String opportunityId, String customerId, String repId, String teamId,
                                           OpportunityStage fromStage, OpportunityStage toStage, int probability,
                                           BigDecimal expectedAmount, String currency) {
}
