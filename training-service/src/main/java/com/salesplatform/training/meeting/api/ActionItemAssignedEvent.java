package com.salesplatform.training.meeting.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Published as ActionItemAssigned v1: {@code ownerId} is to do it by {@code dueAt}. */
@Revision("1")
public record ActionItemAssignedEvent(String meetingId, String actionItemId, String description, String ownerId,
                                      Instant dueAt) {
}
