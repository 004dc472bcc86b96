package com.salesplatform.orders.opportunity.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** Published as OpportunityWon v1 (contracts/events/orders). */
@Revision("1")
public record OpportunityWonEvent(String opportunityId, String customerId, String repId, String teamId,
                                  OpportunityStage fromStage, BigDecimal amount, String currency, String reason) {
}
