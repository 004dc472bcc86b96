package com.salesplatform.training.session.api;

import com.salesplatform.training.course.api.CourseCategory;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Published as CourseCompleted v1: an assessment result, passed when {@code score >= passMark}. */
@Revision("1")
public record CourseCompletedEvent(String sessionId, String courseId, String repId, CourseCategory category,
                                   int score, int passMark, boolean passed, LocalDate completedOn) {
}
