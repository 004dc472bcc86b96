package com.salesplatform.training.session.api;

import com.salesplatform.training.course.api.CourseCategory;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Published as CertificationGranted v1. One certification per rep and course ({@code certificationId} is derived
 * from both): passing the course again renews it with a new expiry.
 */
@Revision("1")
public record CertificationGrantedEvent(String certificationId, String sessionId, String courseId, String repId,
                                        CourseCategory category, int score, LocalDate grantedOn,
                                        LocalDate expiresOn) {
}
