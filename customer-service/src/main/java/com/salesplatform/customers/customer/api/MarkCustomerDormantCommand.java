package com.salesplatform.customers.customer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An active customer stopped buying. */
public record MarkCustomerDormantCommand(@TargetAggregateIdentifier String customerId, String reason) {
}
