package com.salesplatform.performance.appraisal.api;

public record FindAppraisalQuery(String appraisalId) {
}
