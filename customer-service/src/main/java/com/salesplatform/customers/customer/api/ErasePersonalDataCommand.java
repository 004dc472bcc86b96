package com.salesplatform.customers.customer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erases the contact persons' personal data by destroying the customer's key. */
public record ErasePersonalDataCommand(@TargetAggregateIdentifier String customerId) {
}
