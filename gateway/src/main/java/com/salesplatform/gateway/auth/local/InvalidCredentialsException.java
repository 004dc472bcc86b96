package com.salesplatform.gateway.auth.local;

import com.salesplatform.gateway.problem.ProblemException;
import com.salesplatform.gateway.problem.ProblemTypes;
import com.salesplatform.gateway.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Unknown user or wrong password: one answer for both, so usernames cannot be probed. */
public class InvalidCredentialsException extends ProblemException {

    public InvalidCredentialsException() {
        super("Invalid username or password");
    }

    @Override
    public ProblemDetail toProblem(String instance) {
        return Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.INVALID_CREDENTIALS, "invalid-credentials",
                instance);
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return headers;
    }
}
