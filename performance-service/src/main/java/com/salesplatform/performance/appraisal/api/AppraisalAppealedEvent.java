package com.salesplatform.performance.appraisal.api;

import org.axonframework.serialization.Revision;

/** Published as AppraisalAppealed v1. */
@Revision("1")
public record AppraisalAppealedEvent(String appraisalId, String repId, String reason) {
}
