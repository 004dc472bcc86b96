package com.salesplatform.performance.appraisal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The manager's review: the behaviour rubric and written feedback (mandatory). */
public record ReviewAppraisalCommand(@TargetAggregateIdentifier String appraisalId, String reviewerId,
                                     BehaviourRubric rubric, String feedback) {
}
