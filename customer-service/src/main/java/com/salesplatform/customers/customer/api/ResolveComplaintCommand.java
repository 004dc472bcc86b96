package com.salesplatform.customers.customer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Resolves an open complaint. */
public record ResolveComplaintCommand(@TargetAggregateIdentifier String customerId, String complaintId,
                                      String resolution) {
}
