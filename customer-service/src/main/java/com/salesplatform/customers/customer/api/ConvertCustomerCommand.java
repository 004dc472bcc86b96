package com.salesplatform.customers.customer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A qualified lead became an active customer. */
public record ConvertCustomerCommand(@TargetAggregateIdentifier String customerId) {
}
