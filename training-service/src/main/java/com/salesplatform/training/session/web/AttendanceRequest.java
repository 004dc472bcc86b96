package com.salesplatform.training.session.web;

import com.salesplatform.training.shared.Ids;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /api/sessions/{id}/attendance}: the reps who attended. */
public record AttendanceRequest(
        @NotEmpty @Size(max = 1000) List<@Pattern(regexp = Ids.UUID_PATTERN, message = "must be UUIDs") String> repIds) {
}
