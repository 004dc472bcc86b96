package com.salesplatform.training.session.api;

import com.salesplatform.training.course.api.CourseCategory;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Published as SessionScheduled v1. Carries the course's terms as they were when it was scheduled: the pass mark and
 * certification validity every completion in this session is judged by.
 */
@Revision("1")
public record SessionScheduledEvent(String sessionId, String courseId, CourseCategory category, Instant startsAt,
                                    String trainer, int capacity, String location, BigDecimal durationHours,
                                    int passMark, int certificationValidMonths) {
}
