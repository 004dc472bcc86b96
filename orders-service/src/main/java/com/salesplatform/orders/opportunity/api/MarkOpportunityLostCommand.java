package com.salesplatform.orders.opportunity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MarkOpportunityLostCommand(@TargetAggregateIdentifier String opportunityId, String reason,
                                         String competitor) {
}
