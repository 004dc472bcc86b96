package com.salesplatform.performance.appraisal.api;

/** Opens the appraisal of a rep for a month or quarter; gathers and scores its facts at once. */
public record OpenAppraisalCommand(String appraisalId, String repId, String period, KpiWeights weights) {
}
