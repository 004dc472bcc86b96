package com.salesplatform.customers.customer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A lead turned out to be a real prospect. */
public record QualifyLeadCommand(@TargetAggregateIdentifier String customerId) {
}
