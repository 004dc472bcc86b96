package com.salesplatform.training.meeting.api;

import java.time.Instant;
import java.util.List;

/** {@code departments} only (and at least one) for a cross-department meeting. */
public record ScheduleMeetingCommand(String meetingId, String organiserId, MeetingKind kind, Instant scheduledAt,
                                     String agenda, List<Department> departments, List<String> participantRepIds) {
}
