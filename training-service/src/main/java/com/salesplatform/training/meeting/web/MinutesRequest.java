package com.salesplatform.training.meeting.web;

import com.salesplatform.training.shared.Ids;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** {@code POST /api/meetings/{id}/minutes}: the minutes and the action items decided. */
public record MinutesRequest(
        @NotBlank @Size(max = 50_000) @Schema(example = "讨论了第二季度重点客户计划") String minutes,
        @Valid @Size(max = 50) List<@NotNull ActionItemRequest> actionItems) {

    public record ActionItemRequest(
            @NotBlank @Size(max = 1000) @Schema(example = "整理华东区客户回访名单") String description,
            @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String ownerId,
            @NotNull Instant dueAt) {
    }
}
