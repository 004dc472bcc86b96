package com.salesplatform.customers.customer.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a call, e-mail, meeting, visit or social-media conversation. */
public record LogCommunicationCommand(@TargetAggregateIdentifier String customerId, String communicationId,
                                      CommunicationType type, Instant occurredAt, String summary, String outcome,
                                      String nextStep) {
}
