package com.salesplatform.performance.team.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** {@code PUT /api/teams/{id}/manager}. */
public record AssignTeamManagerRequest(
        @NotBlank @Pattern(regexp = CreateTeamRequest.UUID_PATTERN, message = "must be a UUID") String managerRepId) {
}
