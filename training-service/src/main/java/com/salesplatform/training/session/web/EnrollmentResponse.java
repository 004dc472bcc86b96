package com.salesplatform.training.session.web;

import com.salesplatform.training.session.api.EnrollmentStatus;

/** The answer to an enrolment: {@code id} is the rep's id (the enrolment's key within the session). */
public record EnrollmentResponse(String id, String sessionId, EnrollmentStatus status, Integer waitingListPosition) {
}
