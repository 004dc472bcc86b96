package com.salesplatform.customers.customer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a complaint. */
public record OpenComplaintCommand(@TargetAggregateIdentifier String customerId, String complaintId, String subject,
                                   String description) {
}
