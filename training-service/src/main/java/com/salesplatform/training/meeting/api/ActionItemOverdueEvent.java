package com.salesplatform.training.meeting.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Published as ActionItemOverdue v1: the due time passed with the action item still open (a persisted deadline). */
@Revision("1")
public record ActionItemOverdueEvent(String meetingId, String actionItemId, String ownerId, Instant dueAt) {
}
