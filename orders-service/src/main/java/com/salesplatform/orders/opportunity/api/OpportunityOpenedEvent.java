package com.salesplatform.orders.opportunity.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Published as OpportunityOpened v1 (contracts/events/orders). */
@Revision("1")
public record OpportunityOpenedEvent(String opportunityId, String customerId, String repId, String teamId, String title,
                                     BigDecimal expectedAmount, String currency, LocalDate expectedCloseDate,
                                     OpportunityStage stage, int probability) {
}
