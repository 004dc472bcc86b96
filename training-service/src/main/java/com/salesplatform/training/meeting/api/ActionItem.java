package com.salesplatform.training.meeting.api;

import java.time.Instant;

/** Something a meeting decided someone does by a due time. */
public record ActionItem(String actionItemId, String description, String ownerId, Instant dueAt) {
}
