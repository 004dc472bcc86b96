package com.salesplatform.training.session.api;

import java.time.Instant;

/** Schedules a session of a course: when, who teaches it, how many may attend, and where. */
public record ScheduleSessionCommand(String sessionId, String courseId, Instant startsAt, String trainer,
                                     Integer capacity, String location) {
}
