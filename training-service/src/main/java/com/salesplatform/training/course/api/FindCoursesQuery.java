package com.salesplatform.training.course.api;

import com.salesplatform.platform.web.PageQuery;

/** One page of the catalogue by title, of one category or all ({@code category} null). */
public record FindCoursesQuery(CourseCategory category, PageQuery page) {
}
