package com.salesplatform.customers.customer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a contact person. */
public record AddContactCommand(@TargetAggregateIdentifier String customerId, String contactId, ContactInput contact) {
}
