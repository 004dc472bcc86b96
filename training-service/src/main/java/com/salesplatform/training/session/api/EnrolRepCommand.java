package com.salesplatform.training.session.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A rep enrols in a session; beyond its capacity they join the waiting list. */
public record EnrolRepCommand(@TargetAggregateIdentifier String sessionId, String repId) {
}
