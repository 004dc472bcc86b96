package com.salesplatform.training.session.api;

/** What an enrolment came to; {@code waitingListPosition} counts from 1, null when enrolled. */
public record EnrollmentOutcome(EnrollmentStatus status, Integer waitingListPosition) {
}
