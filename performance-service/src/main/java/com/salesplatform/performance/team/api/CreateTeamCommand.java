package com.salesplatform.performance.team.api;

/** Creates a sales team; {@code managerRepId} is optional (a team may get its manager later). */
public record CreateTeamCommand(String teamId, String name, String managerRepId) {
}
