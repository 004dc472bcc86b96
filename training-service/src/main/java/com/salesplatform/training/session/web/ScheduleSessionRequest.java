package com.salesplatform.training.session.web;

import com.salesplatform.training.shared.Ids;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** {@code POST /api/courses/{id}/sessions}. */
public record ScheduleSessionRequest(
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String id,
        @NotNull Instant startsAt,
        @NotBlank @Size(max = 200) @Schema(example = "陈老师") String trainer,
        @NotNull @Min(1) @Max(1000) Integer capacity,
        @Size(max = 200) @Schema(example = "上海培训中心") String location) {
}
