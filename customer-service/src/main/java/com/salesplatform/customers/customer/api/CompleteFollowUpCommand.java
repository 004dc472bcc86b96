package com.salesplatform.customers.customer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Completes a follow-up with its outcome and, optionally, the customer's satisfaction 1–5. */
public record CompleteFollowUpCommand(@TargetAggregateIdentifier String customerId, String followUpId, String outcome,
                                      Integer satisfactionScore) {
}
