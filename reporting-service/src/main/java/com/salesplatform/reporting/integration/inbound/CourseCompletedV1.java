package com.salesplatform.reporting.integration.inbound;

import java.time.LocalDate;

/** This service's reading of training-service's CourseCompleted v1. */
public record CourseCompletedV1(String repId, String courseId, String category, boolean passed,
                                LocalDate completedOn) {
}
