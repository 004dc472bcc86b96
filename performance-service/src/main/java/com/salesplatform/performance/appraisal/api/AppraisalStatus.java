package com.salesplatform.performance.appraisal.api;

/** OPEN → REVIEWED → ACKNOWLEDGED → FINALIZED, or REVIEWED → APPEALED → REVIEWED again. */
public enum AppraisalStatus {
    OPEN, REVIEWED, ACKNOWLEDGED, APPEALED, FINALIZED
}
