package com.salesplatform.orders.opportunity.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenOpportunityCommand(@TargetAggregateIdentifier String opportunityId, String customerId,
                                     String title, BigDecimal expectedAmount, LocalDate expectedCloseDate) {
}
