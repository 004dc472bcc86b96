package com.salesplatform.gateway.auth.local;

import java.time.Duration;

import com.salesplatform.gateway.problem.ProblemException;
import com.salesplatform.gateway.problem.ProblemTypes;
import com.salesplatform.gateway.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A username locked after repeated wrong passwords: 429 with {@code Retry-After} (seconds until it unlocks). */
public class LoginLockedException extends ProblemException {

    private final long retryAfterSeconds;

    public LoginLockedException(Duration remaining) {
        super("Login locked");
        this.retryAfterSeconds = Math.max(1, (remaining.toMillis() + 999) / 1000);
    }

    @Override
    public ProblemDetail toProblem(String instance) {
        return Problems.of(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.LOGIN_LOCKED, "login-locked", instance,
                retryAfterSeconds);
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return headers;
    }
}
