package com.salesplatform.gateway.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.salesplatform.gateway.requestid.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns every error that reaches the top of the WebFlux stack (no route, bad request body, an exception the
 * gateway's own endpoints throw, anything unexpected) into {@code application/problem+json}. Ordered before
 * Spring Boot's default handler, which would answer with its own JSON shape.
 * A 5xx never shows the exception's message to the client; it is logged instead.
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemResponseWriter writer;

    public ProblemExceptionHandler(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        String instance = exchange.getRequest().getPath().value();
        ProblemDetail problem = toProblem(ex, exchange, instance);
        if (problem.getStatus() >= 500) {
            log.error("Request {} {} failed (request id {})", exchange.getRequest().getMethod(), instance,
                    RequestIdFilter.of(exchange), ex);
        }
        return writer.write(exchange, problem);
    }

    private ProblemDetail toProblem(Throwable ex, ServerWebExchange exchange, String instance) {
        if (ex instanceof ProblemException problemException) {
            copyHeaders(problemException.getHeaders(), exchange);
            return problemException.toProblem(instance);
        }
        if (ex instanceof WebExchangeBindException bind) {
            return Problems.validation(fieldErrors(bind), instance);
        }
        if (ex instanceof ServerWebInputException input) {
            return unreadableInput(input, instance);
        }
        if (ex instanceof ErrorResponse errorResponse && errorResponse.getStatusCode().value() == 404) {
            return Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "not-found", instance);
        }
        if (ex instanceof ErrorResponse errorResponse && errorResponse.getStatusCode().is4xxClientError()) {
            copyHeaders(errorResponse.getHeaders(), exchange);
            HttpStatus status = HttpStatus.valueOf(errorResponse.getStatusCode().value());
            String code = ProblemTypes.slugOf(status.value());
            if (ProblemMessages.detail(code, List.of(), ProblemLanguage.ENGLISH).isPresent()) {
                return Problems.of(status, ProblemTypes.forStatus(status.value()), code, instance);
            }
            String detail = errorResponse.getBody().getDetail();
            return Problems.of(status, detail == null ? status.getReasonPhrase() : detail, instance);
        }
        if (ex instanceof ErrorResponse errorResponse && errorResponse.getStatusCode().is5xxServerError()) {
            HttpStatus status = HttpStatus.valueOf(errorResponse.getStatusCode().value());
            return Problems.of(status, ProblemTypes.forStatus(status.value()), "gateway-error", instance);
        }
        if (ex instanceof DataAccessException) {
            // the gateway's only data store is the Redis of its shared state (refresh tokens, lock-outs)
            return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
                    "shared-state-unavailable", instance);
        }
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "internal", instance);
    }

    private static ProblemDetail unreadableInput(ServerWebInputException input, String instance) {
        Throwable cause = input.getCause();
        while (cause != null && !(cause instanceof JsonProcessingException)) {
            cause = cause.getCause();
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return Problems.validation(List.of(new Problems.FieldError(path(unknown), "is not a known field")),
                    instance);
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Problems.validation(
                    List.of(new Problems.FieldError(path(mapping), "has the wrong type or shape")), instance);
        }
        if (cause != null || input.getCause() instanceof DecodingException) {
            return Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.UNREADABLE_BODY, "unreadable-body", instance);
        }
        return Problems.of(HttpStatus.BAD_REQUEST, input.getReason() == null ? "The request cannot be read."
                : input.getReason(), instance);
    }

    private static List<Problems.FieldError> fieldErrors(WebExchangeBindException bind) {
        List<Problems.FieldError> errors = new ArrayList<>();
        bind.getFieldErrors().forEach(e -> errors.add(new Problems.FieldError(e.getField(), e.getDefaultMessage())));
        bind.getGlobalErrors().forEach(e -> errors.add(new Problems.FieldError(e.getObjectName(), e.getDefaultMessage())));
        return errors;
    }

    private static String path(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static void copyHeaders(HttpHeaders headers, ServerWebExchange exchange) {
        headers.forEach((name, values) -> exchange.getResponse().getHeaders().put(name, values));
    }
}
