package com.salesplatform.training.meeting.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Published as MeetingScheduled v1. */
@Revision("1")
public record MeetingScheduledEvent(String meetingId, String organiserId, MeetingKind kind, Instant scheduledAt,
                                    String agenda, List<Department> departments, List<String> participantRepIds) {
}
