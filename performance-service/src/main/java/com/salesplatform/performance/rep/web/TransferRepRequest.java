package com.salesplatform.performance.rep.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** {@code POST /api/reps/{id}/transfer}. */
public record TransferRepRequest(
        @NotBlank @Pattern(regexp = HireRepRequest.UUID_PATTERN, message = "must be a UUID") String toTeamId,
        @NotNull @PastOrPresent LocalDate effectiveOn) {
}
