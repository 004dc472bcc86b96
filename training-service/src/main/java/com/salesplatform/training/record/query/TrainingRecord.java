package com.salesplatform.training.record.query;

import com.salesplatform.training.course.api.CourseCategory;
import com.salesplatform.training.external.api.ExternalTrainingKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A rep's training record: catalogue sessions (with attendance and assessment), outside training and conferences,
 * valid certifications, and the hours of learning attended in all.
 */
public record TrainingRecord(String repId, BigDecimal totalHours, List<Session> sessions,
                             List<External> externalTrainings, List<Certification> certifications) {

    public record Session(String sessionId, String courseId, String courseTitle, CourseCategory category,
                         Instant startsAt, String status, boolean attended, BigDecimal hours, Integer score,
                         Boolean passed, LocalDate completedOn) {
    }

    public record External(String id, String repId, ExternalTrainingKind kind, String title, String organiser,
                           LocalDate attendedOn, BigDecimal hours) {
    }

    public record Certification(String id, String courseId, String courseTitle, CourseCategory category, int score,
                                LocalDate grantedOn, LocalDate expiresOn) {
    }
}
