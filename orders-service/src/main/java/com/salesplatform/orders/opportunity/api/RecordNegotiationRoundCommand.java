package com.salesplatform.orders.opportunity.api;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordNegotiationRoundCommand(@TargetAggregateIdentifier String opportunityId, BigDecimal ourOffer,
                                            BigDecimal counterOffer, String notes) {
}
