package com.salesplatform.training.session.api;

import org.axonframework.serialization.Revision;

/** Published as RepWaitlisted v1: the session was full; the rep waits at {@code position} (from 1). */
@Revision("1")
public record RepWaitlistedEvent(String sessionId, String courseId, String repId, int position) {
}
