package com.salesplatform.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.rejection.AlreadyExistsException;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.web.input.RejectedJsonValueException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 {@code application/problem+json}: validation failures name each field in
 * {@code errors[]}, what the caller may not see is 404, what the state forbids or a concurrent change is 409.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsExceptionHandler.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");
    private static final Map<Integer, String> SPRING_ERROR_TYPES = Map.of(
            400, "bad-request",
            404, "not-found",
            405, "method-not-allowed",
            406, "not-acceptable",
            413, "payload-too-large",
            415, "unsupported-media-type");

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldMessage> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(error -> errors.add(fieldMessage(error)));
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldMessage(error.getObjectName(), error.getDefaultMessage())));
        return validationProblem(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldMessage> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldMessage(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return validationProblem(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof RejectedJsonValueException rejected) {
            return validationProblem(List.of(new FieldMessage(path(rejected), rejected.getOriginalMessage())));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return validationProblem(List.of(new FieldMessage(path(unknown), "is not a known field")));
        }
        if (cause instanceof InvalidFormatException invalid) {
            return validationProblem(List.of(new FieldMessage(path(invalid),
                    "cannot be read as " + describe(invalid.getTargetType()))));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return validationProblem(List.of(new FieldMessage(path(mapping), "has the wrong type or shape")));
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
                "The request body is missing or is not valid JSON.");
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return validationProblem(List.of(new FieldMessage(ex.getParameterName(), "is required")));
    }

    /**
     * Spring's own errors (no such route, a method or media type the route does not take, …) get a documented
     * {@code type} instead of {@code about:blank}, and an unknown route does not name Spring's resource lookup.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && ABOUT_BLANK.equals(problem.getType())) {
            String type = SPRING_ERROR_TYPES.getOrDefault(statusCode.value(), "http-error");
            problem.setType(ProblemTypes.uri(type));
            if (statusCode.value() == HttpStatus.NOT_FOUND.value()) {
                problem.setTitle("Not found");
                problem.setDetail("No resource exists at this path.");
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    @ExceptionHandler(FieldRejectedException.class)
    public ResponseEntity<Object> fieldRejected(FieldRejectedException ex) {
        return validationProblem(List.of(new FieldMessage(ex.field(), ex.getMessage())));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        List<FieldMessage> errors = ex.getConstraintViolations().stream()
                .map(violation -> new FieldMessage(lastNode(violation.getPropertyPath().toString()),
                        violation.getMessage()))
                .toList();
        return validationProblem(errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        String message = ex.getMostSpecificCause() instanceof FieldRejectedException rejected ? rejected.getMessage()
                : "cannot be read as " + describe(ex.getRequiredType());
        return validationProblem(List.of(new FieldMessage(ex.getName(), message)));
    }

    @ExceptionHandler(NotFoundException.class)
    public ProblemDetail notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage());
    }

    @ExceptionHandler(RuleViolationException.class)
    public ProblemDetail ruleViolation(RuleViolationException ex) {
        return problem(HttpStatus.CONFLICT, "rule-violation", "Not allowed in the current state", ex.getMessage());
    }

    @ExceptionHandler(AlreadyExistsException.class)
    public ProblemDetail alreadyExists(AlreadyExistsException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "already-exists", "Already exists", ex.getMessage());
        ex.existingId().ifPresent(id -> problem.setProperty(ex.property(), id));
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ProblemDetail accessDenied(AccessDeniedException ex) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ex.getMessage());
    }

    /**
     * Also the rejections that arrive wrapped (a query's {@code CompletionException}, an Axon execution exception):
     * the first cause that is a rejection is answered as if it had been thrown itself.
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> unexpected(Exception ex) {
        for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof FieldRejectedException rejected) {
                return fieldRejected(rejected);
            }
            if (cause instanceof NotFoundException missing) {
                return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound(missing));
            }
            if (cause instanceof AlreadyExistsException duplicate) {
                return ResponseEntity.status(HttpStatus.CONFLICT).body(alreadyExists(duplicate));
            }
            if (cause instanceof RuleViolationException violation) {
                return ResponseEntity.status(HttpStatus.CONFLICT).body(ruleViolation(violation));
            }
            if (cause instanceof AccessDeniedException denied) {
                return ResponseEntity.status(HttpStatus.FORBIDDEN).body(accessDenied(denied));
            }
        }
        log.error("Unexpected failure", ex);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "Internal error", "The request could not be completed; it has been logged with its request id."));
    }

    private ResponseEntity<Object> validationProblem(List<FieldMessage> errors) {
        List<FieldMessage> sorted = errors.stream()
                .sorted(Comparator.comparing(FieldMessage::field, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                sorted.stream().map(error -> error.field() + " " + error.message())
                        .collect(Collectors.joining("; ")));
        problem.setProperty("errors", sorted);
        return ResponseEntity.badRequest().body(problem);
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.uri(type));
        problem.setTitle(title);
        return problem;
    }

    private static FieldMessage fieldMessage(FieldError error) {
        return new FieldMessage(error.getField(), error.getDefaultMessage());
    }

    private static String path(JsonMappingException ex) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : ex.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "the expected type";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            for (Object constant : constants) {
                names.add(((Enum<?>) constant).name());
            }
            return "one of " + String.join(", ", names);
        }
        return switch (type.getSimpleName()) {
            case "BigDecimal", "Integer", "int", "Long", "long", "Double", "double" -> "a number";
            case "LocalDate" -> "a date (yyyy-MM-dd)";
            case "Instant", "OffsetDateTime" -> "an ISO-8601 instant";
            case "AsOf" -> "a date (yyyy-MM-dd) or an ISO-8601 instant";
            case "UUID" -> "a UUID";
            case "Boolean", "boolean" -> "true or false";
            default -> "a " + type.getSimpleName();
        };
    }

    /** One entry of {@code errors[]}. */
    public record FieldMessage(String field, String message) {
    }

    /** Problem type URIs: stable, documented in docs/. */
    public static final class ProblemTypes {
        private static final String BASE = "https://sales-platform.dev/problems/";

        private ProblemTypes() {
        }

        public static URI uri(String type) {
            return URI.create(BASE + type);
        }
    }
}
