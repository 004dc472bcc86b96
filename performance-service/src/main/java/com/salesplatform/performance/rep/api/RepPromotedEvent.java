package com.salesplatform.performance.rep.api;

import org.axonframework.serialization.Revision;

/** Published as RepPromoted v1 (contracts/events/performance): these fields are the published payload. */
@Revision("1")
public record RepPromotedEvent(String repId, int fromGrade, int toGrade) {
}
