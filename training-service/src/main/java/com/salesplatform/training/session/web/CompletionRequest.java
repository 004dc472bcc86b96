package com.salesplatform.training.session.web;

import com.salesplatform.training.shared.Ids;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** {@code POST /api/sessions/{id}/completions}: a rep's assessment score; {@code completedOn} defaults to today. */
public record CompletionRequest(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String repId,
        @NotNull @Min(0) @Max(100) Integer score,
        LocalDate completedOn) {
}
