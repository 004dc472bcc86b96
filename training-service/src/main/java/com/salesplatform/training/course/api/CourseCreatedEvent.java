package com.salesplatform.training.course.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** Published as CourseCreated v1 (contracts/events/training). */
@Revision("1")
public record CourseCreatedEvent(String courseId, String title, CourseCategory category, CourseFormat format,
                                 BigDecimal durationHours, int passMark, int certificationValidMonths) {
}
