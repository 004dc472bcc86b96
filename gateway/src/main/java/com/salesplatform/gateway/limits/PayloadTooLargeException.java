package com.salesplatform.gateway.limits;

import com.salesplatform.gateway.problem.ProblemException;
import com.salesplatform.gateway.problem.ProblemTypes;
import com.salesplatform.gateway.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A request body over the gateway's limit: 413. */
public class PayloadTooLargeException extends ProblemException {

    private final long maxBytes;

    public PayloadTooLargeException(long maxBytes) {
        super("Request body larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    @Override
    public ProblemDetail toProblem(String instance) {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "payload-too-large",
                instance, maxBytes);
    }
}
