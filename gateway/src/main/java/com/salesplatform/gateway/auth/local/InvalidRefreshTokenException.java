package com.salesplatform.gateway.auth.local;

import com.salesplatform.gateway.problem.ProblemException;
import com.salesplatform.gateway.problem.ProblemTypes;
import com.salesplatform.gateway.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** An unknown, expired, already used or revoked refresh token: 401, one answer for all four. */
public class InvalidRefreshTokenException extends ProblemException {

    public InvalidRefreshTokenException() {
        super("Invalid refresh token");
    }

    @Override
    public ProblemDetail toProblem(String instance) {
        return Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.INVALID_REFRESH_TOKEN, "invalid-refresh-token",
                instance);
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return headers;
    }
}
