package com.salesplatform.customers.customer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The customer or lead is lost, with the reason. */
public record MarkCustomerLostCommand(@TargetAggregateIdentifier String customerId, String reason) {
}
