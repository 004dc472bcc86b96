package com.salesplatform.training.session.api;

/**
 * What an enrolment came to: the enrolment's {@code id} (one per rep and session), its status, and
 * {@code waitingListPosition} counting from 1, null when enrolled.
 */
public record EnrollmentOutcome(String id, EnrollmentStatus status, Integer waitingListPosition) {
}
