package com.salesplatform.training.session.query;

import com.salesplatform.training.course.api.CourseCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A session as the API shows it: its seats taken, who has them, and the waiting list in order. */
public record SessionView(String id, String courseId, CourseCategory category, Instant startsAt, String trainer,
                          int capacity, String location, BigDecimal durationHours, int passMark,
                          List<String> enrolledRepIds, List<String> waitingListRepIds) {
}
