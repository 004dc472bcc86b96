package com.salesplatform.training.course.query;

import java.util.List;

public record CourseList(List<CourseView> items, long totalItems) {
}
