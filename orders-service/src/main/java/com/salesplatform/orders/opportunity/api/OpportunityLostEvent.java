package com.salesplatform.orders.opportunity.api;

import org.axonframework.serialization.Revision;

/** Published as OpportunityLost v1 (contracts/events/orders). */
@Revision("1")
public record OpportunityLostEvent(String opportunityId, String customerId, String repId, String teamId,
                                   OpportunityStage fromStage, String reason, String competitor) {
}
