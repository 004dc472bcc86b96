package com.salesplatform.platform.idempotency;

import com.salesplatform.platform.web.ProblemDetailsExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Ahead of the platform's catch-all handler, which would otherwise answer the reused key with a 500. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdempotencyProblemAdvice {

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail keyReused(IdempotencyKeyReusedException ex) {
        return ProblemDetailsExceptionHandler.problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                "Idempotency-Key reused", ex.getMessage());
    }
}
