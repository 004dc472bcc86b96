package com.salesplatform.training.meeting.api;

import org.axonframework.serialization.Revision;

/** Published as ActionItemCompleted v1; {@code late} when it had already been reported overdue. */
@Revision("1")
public record ActionItemCompletedEvent(String meetingId, String actionItemId, String ownerId, String completedBy,
                                       boolean late) {
}
