package com.salesplatform.gateway.openapi;

import com.salesplatform.gateway.problem.ProblemException;
import com.salesplatform.gateway.problem.ProblemTypes;
import com.salesplatform.gateway.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A service's document could not be fetched: the platform's document would be incomplete, so none is served. */
class ApiDocumentUnavailableException extends ProblemException {

    private final String document;

    ApiDocumentUnavailableException(String document, Throwable cause) {
        super("The OpenAPI document of " + document + " is unavailable: " + cause.getMessage());
        this.document = document;
        initCause(cause);
    }

    @Override
    public ProblemDetail toProblem(String instance) {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
                "api-document-unavailable", instance, document);
    }
}
