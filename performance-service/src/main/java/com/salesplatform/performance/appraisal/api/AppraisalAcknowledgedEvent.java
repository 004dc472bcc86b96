package com.salesplatform.performance.appraisal.api;

import org.axonframework.serialization.Revision;

/** Published as AppraisalAcknowledged v1. */
@Revision("1")
public record AppraisalAcknowledgedEvent(String appraisalId, String repId) {
}
