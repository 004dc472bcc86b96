package com.salesplatform.performance.team.api;

public record FindTeamQuery(String teamId) {
}
