package com.salesplatform.orders.opportunity.api;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code amount}: the amount won, the expected amount when absent. */
public record MarkOpportunityWonCommand(@TargetAggregateIdentifier String opportunityId, BigDecimal amount,
                                        String reason) {
}
