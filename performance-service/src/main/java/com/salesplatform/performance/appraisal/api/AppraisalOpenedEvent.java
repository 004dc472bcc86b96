package com.salesplatform.performance.appraisal.api;

import org.axonframework.serialization.Revision;

/** Published as AppraisalOpened v1: {@code teamId} is the rep's team at the end of the period (or today). */
@Revision("1")
public record AppraisalOpenedEvent(String appraisalId, String repId, String teamId, String period,
                                   KpiWeights weights) {
}
