package com.salesplatform.performance.appraisal.api;

import org.axonframework.serialization.Revision;

/** Published as AppraisalReviewed v1. */
@Revision("1")
public record AppraisalReviewedEvent(String appraisalId, String repId, String reviewerId, BehaviourRubric rubric,
                                     String feedback) {
}
