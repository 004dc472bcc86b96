package com.salesplatform.customers.customer.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Plans a follow-up (回访) due at a time. */
public record ScheduleFollowUpCommand(@TargetAggregateIdentifier String customerId, String followUpId, Instant dueAt,
                                      String purpose) {
}
