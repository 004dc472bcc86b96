package com.salesplatform.training.meeting.web;

import com.salesplatform.training.meeting.api.Department;
import com.salesplatform.training.meeting.api.MeetingKind;
import com.salesplatform.training.shared.Ids;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** {@code POST /api/meetings}. */
public record ScheduleMeetingRequest(
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String id,
        @NotNull MeetingKind kind,
        @NotNull Instant scheduledAt,
        @NotBlank @Size(max = 10_000) @Schema(example = "第二季度重点客户复盘") String agenda,
        @Size(max = 4) List<@NotNull Department> departments,
        @Size(max = 200) List<@NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be UUIDs") String>
        participantRepIds) {
}
