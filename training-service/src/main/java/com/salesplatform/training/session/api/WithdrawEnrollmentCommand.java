package com.salesplatform.training.session.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A rep leaves a session's seat or its waiting list. */
public record WithdrawEnrollmentCommand(@TargetAggregateIdentifier String sessionId, String repId) {
}
