package com.salesplatform.training.session.web;

import com.salesplatform.training.session.api.EnrollmentStatus;

/**
 * A rep's enrolment in a session: its own {@code id} (one per rep and session), whose it is, seated or waiting, and
 * the place on the waiting list counting from 1.
 */
public record EnrollmentResponse(String id, String sessionId, String repId, EnrollmentStatus status,
                                 Integer waitingListPosition) {
}
