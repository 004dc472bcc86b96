package com.salesplatform.customers.customer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the customer's satisfaction 1–5 with an optional comment. */
public record RecordSatisfactionCommand(@TargetAggregateIdentifier String customerId, Integer score, String comment) {
}
