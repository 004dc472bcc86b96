package com.salesplatform.performance.appraisal.web;

import java.util.Optional;

/**
 * The rep's appraisal of the period exists already (one per rep and period): answered 409, naming the existing
 * appraisal only when the caller may see it (else {@code existingAppraisalId} is empty).
 */
class DuplicateAppraisalException extends RuntimeException {

    private final String existingAppraisalId;

    DuplicateAppraisalException(String existingAppraisalId) {
        super("The rep's appraisal of this period exists already");
        this.existingAppraisalId = existingAppraisalId;
    }

    Optional<String> existingAppraisalId() {
        return Optional.ofNullable(existingAppraisalId);
    }
}
