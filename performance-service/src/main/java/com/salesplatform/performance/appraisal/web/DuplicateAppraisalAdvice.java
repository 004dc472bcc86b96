package com.salesplatform.performance.appraisal.web;

import static com.salesplatform.platform.web.ProblemDetailsExceptionHandler.problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An appraisal opened a second time for the same rep and period: 409 {@code already-exists}, with the existing
 * appraisal's id ({@code existingAppraisalId}) when the caller may read it, as a duplicate lead names the existing
 * customer; anyone else learns only that it exists.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DuplicateAppraisalAdvice {

    @ExceptionHandler(DuplicateAppraisalException.class)
    ProblemDetail duplicate(DuplicateAppraisalException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "already-exists", "Already exists", ex.getMessage());
        ex.existingAppraisalId().ifPresent(id -> problem.setProperty("existingAppraisalId", id));
        return problem;
    }
}
