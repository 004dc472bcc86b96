package com.salesplatform.customers.customer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives the customer to another rep of the roster. */
public record ReassignCustomerCommand(@TargetAggregateIdentifier String customerId, String ownerRepId) {
}
