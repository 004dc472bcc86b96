package com.salesplatform.training.course.query;

import com.salesplatform.training.course.api.CourseCategory;
import com.salesplatform.training.course.api.CourseFormat;
import java.math.BigDecimal;
import java.time.Instant;

/** A course as the API shows it. */
public record CourseView(String id, String title, CourseCategory category, CourseFormat format,
                         BigDecimal durationHours, int passMark, int certificationValidMonths, Instant createdAt) {
}
