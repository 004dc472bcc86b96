package com.salesplatform.performance.team.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes {@code managerRepId} the manager of a team, replacing the former one. */
public record AssignTeamManagerCommand(@TargetAggregateIdentifier String teamId, String managerRepId) {
}
