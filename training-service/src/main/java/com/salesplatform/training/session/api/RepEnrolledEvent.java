package com.salesplatform.training.session.api;

import org.axonframework.serialization.Revision;

/** Published as RepEnrolled v1: the rep has a seat in the session. */
@Revision("1")
public record RepEnrolledEvent(String sessionId, String courseId, String repId) {
}
