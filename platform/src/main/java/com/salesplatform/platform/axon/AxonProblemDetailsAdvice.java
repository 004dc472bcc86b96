package com.salesplatform.platform.axon;

import static com.salesplatform.platform.web.ProblemDetailsExceptionHandler.problem;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Axon's own failures in problem+json: an unknown aggregate (or one of another type) is 404, a reused id or a
 * concurrent append is 409.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AxonProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(AxonProblemDetailsAdvice.class);

    @ExceptionHandler(AggregateNotFoundException.class)
    public ProblemDetail notFound(AggregateNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "The requested resource was not found.");
    }

    /**
     * An id of another type's aggregate (a rep's id sent as a team's): its events leave this type's aggregate
     * without an identifier. To the caller, no such resource (ADR 0013).
     */
    @ExceptionHandler(IncompatibleAggregateException.class)
    public ProblemDetail otherTypesId(IncompatibleAggregateException ex) {
        log.info("An aggregate loaded from another type's events: {}", ex.getMessage());
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "The requested resource was not found.");
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    public ProblemDetail alreadyExists(AggregateStreamCreationException ex) {
        return problem(HttpStatus.CONFLICT, "already-exists", "Already exists",
                "A resource with this id already exists.");
    }

    @ExceptionHandler(ConcurrencyException.class)
    public ProblemDetail concurrentChange(ConcurrencyException ex) {
        log.info("Concurrent modification rejected: {}", ex.getMessage());
        return problem(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification",
                "Someone else changed this resource at the same moment; reload it and try again.");
    }
}
