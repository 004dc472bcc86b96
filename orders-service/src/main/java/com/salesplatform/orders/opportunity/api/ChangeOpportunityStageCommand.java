package com.salesplatform.orders.opportunity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves an open opportunity forward to a later open stage, or reopens a LOST one at any open stage. */
public record ChangeOpportunityStageCommand(@TargetAggregateIdentifier String opportunityId,
                                            OpportunityStage stage) {
}
