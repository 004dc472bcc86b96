package com.salesplatform.training.course.api;

import java.math.BigDecimal;

/**
 * Adds a course to the catalogue. {@code passMark} (0–100) is the assessment score that certifies;
 * {@code certificationValidMonths} how long that certification stays valid.
 */
public record CreateCourseCommand(String courseId, String title, CourseCategory category, CourseFormat format,
                                  BigDecimal durationHours, Integer passMark, Integer certificationValidMonths) {
}
