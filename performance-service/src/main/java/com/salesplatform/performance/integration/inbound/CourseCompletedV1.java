package com.salesplatform.performance.integration.inbound;

import java.time.LocalDate;

/** This service's reading of training-service's CourseCompleted v1 (contracts/events/training). */
public record CourseCompletedV1(String repId, String courseId, String category, boolean passed,
                                LocalDate completedOn) {
}
