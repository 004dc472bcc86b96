package com.salesplatform.training.course.api;

/** Given by our own trainers, or bought from an outside provider. */
public enum CourseFormat {
    INTERNAL, EXTERNAL
}
