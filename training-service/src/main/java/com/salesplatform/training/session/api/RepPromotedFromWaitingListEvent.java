package com.salesplatform.training.session.api;

import org.axonframework.serialization.Revision;

/** Published as RepPromotedFromWaitingList v1: a seat came free and the first rep waiting took it. */
@Revision("1")
public record RepPromotedFromWaitingListEvent(String sessionId, String courseId, String repId) {
}
