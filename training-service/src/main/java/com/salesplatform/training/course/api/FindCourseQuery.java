package com.salesplatform.training.course.api;

public record FindCourseQuery(String courseId) {
}
