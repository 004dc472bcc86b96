package com.salesplatform.customers.customer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erases one contact person's personal data by destroying their key. */
public record EraseContactCommand(@TargetAggregateIdentifier String customerId, String contactId) {
}
