package com.salesplatform.gateway.problem;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 problems of the gateway; every one carries type, title, status, detail and instance. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, URI type, String title, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        problem.setInstance(URI.create(instance));
        return problem;
    }

    public static ProblemDetail of(HttpStatus status, String detail, String instance) {
        return of(status, ProblemTypes.forStatus(status.value()), status.getReasonPhrase(), detail, instance);
    }

    /** A 400 listing what is wrong with which field of the request (sorted by field, as the services do). */
    public static ProblemDetail validation(List<FieldError> errors, String instance) {
        List<FieldError> sorted = errors.stream()
                .sorted(Comparator.comparing(FieldError::field, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        String detail = sorted.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request", detail,
                instance);
        problem.setProperty("errors", sorted);
        return problem;
    }

    /** One entry of a validation problem's {@code errors[]}. */
    public record FieldError(String field, String message) {
    }
}
