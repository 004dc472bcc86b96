package com.salesplatform.gateway.problem;

import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 problems of the gateway; every one carries type, title, status, detail and instance. */
public final class Problems {

    private Problems() {
    }

    /**
     * A problem of the gateway's own: the title is its type's, the detail the text of {@code detailCode}
     * ({@code i18n/problems.properties}) with the arguments, both written in the caller's language when answered.
     */
    public static ProblemDetail of(HttpStatus status, URI type, String detailCode, String instance,
                                   Object... arguments) {
        ProblemDetail problem = new GatewayProblem(status, detailCode,
                Arrays.stream(arguments).map(String::valueOf).toList());
        return typed(problem, type, instance);
    }

    /** A refusal of the HTTP layer with its own detail (which stays as it is); the title is the type's. */
    public static ProblemDetail of(HttpStatus status, String detail, String instance) {
        return typed(ProblemDetail.forStatusAndDetail(status, detail), ProblemTypes.forStatus(status.value()),
                instance);
    }

    private static ProblemDetail typed(ProblemDetail problem, URI type, String instance) {
        problem.setType(type);
        problem.setTitle(ProblemMessages.title(type, ProblemLanguage.ENGLISH)
                .orElse(HttpStatus.valueOf(problem.getStatus()).getReasonPhrase()));
        problem.setInstance(URI.create(instance));
        return problem;
    }

    /** A 400 listing what is wrong with which field of the request (sorted by field, as the services do). */
    public static ProblemDetail validation(List<FieldError> errors, String instance) {
        List<FieldError> sorted = errors.stream()
                .sorted(Comparator.comparing(FieldError::field, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        String detail = sorted.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
        ProblemDetail problem = typed(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail),
                ProblemTypes.VALIDATION, instance);
        problem.setProperty("errors", sorted);
        return problem;
    }

    /** One entry of a validation problem's {@code errors[]}. */
    public record FieldError(String field, String message) {
    }
}
