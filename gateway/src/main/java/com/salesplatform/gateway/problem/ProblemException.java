package com.salesplatform.gateway.problem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;

/** An exception of the gateway's own endpoints that knows the problem (and headers) it answers with. */
public abstract class ProblemException extends RuntimeException {

    protected ProblemException(String message) {
        super(message);
    }

    public abstract ProblemDetail toProblem(String instance);

    /** Response headers to send with the problem (e.g. {@code WWW-Authenticate}); none by default. */
    public HttpHeaders getHeaders() {
        return HttpHeaders.EMPTY;
    }
}
