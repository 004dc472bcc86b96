package com.salesplatform.training.session.api;

import org.axonframework.serialization.Revision;

/** Published as EnrollmentWithdrawn v1; {@code fromWaitingList} when the rep only waited for a seat. */
@Revision("1")
public record EnrollmentWithdrawnEvent(String sessionId, String courseId, String repId, boolean fromWaitingList) {
}
