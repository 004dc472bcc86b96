package com.salesplatform.performance.team.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/teams}: {@code id} only when the client chooses it. */
public record CreateTeamRequest(
        @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String id,
        @NotBlank @Size(max = 200) @Schema(example = "华东销售一部") String name,
        @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String managerRepId) {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
}
