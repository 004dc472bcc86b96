package com.salesplatform.gateway.routing;

import com.salesplatform.gateway.problem.ProblemException;
import com.salesplatform.gateway.problem.ProblemResponseWriter;
import com.salesplatform.gateway.problem.ProblemTypes;
import com.salesplatform.gateway.problem.Problems;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker forwards a call its service did not answer, as problem+json: 503 when the
 * service was never reached (nothing was done), 502 when it was reached and its answer broke off, 504 when it did
 * not answer in time — the last two with an unknown outcome ({@link ForwardingFailure}). The other services keep
 * working.
 * Only reachable through that internal forward (security denies {@code /fallback/**} from outside).
 */
@Hidden
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    private final ProblemResponseWriter writer;

    FallbackController(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @RequestMapping("/fallback/{service}")
    Mono<Void> fallback(@PathVariable String service, ServerWebExchange exchange) {
        Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        String path = exchange.getAttribute(OriginalPathFilter.ATTRIBUTE);
        String instance = path == null ? exchange.getRequest().getPath().value() : path;
        log.warn("{} {} not served by {}: {}", exchange.getRequest().getMethod(), instance, service, describe(failure));
        ProblemException ownProblem = CausedByGatewayProblem.problemOf(failure);
        return writer.write(exchange, ownProblem != null ? ownProblem.toProblem(instance)
                : problem(service, failure, instance));
    }

    private static ProblemDetail problem(String service, Throwable failure, String instance) {
        return switch (ForwardingFailure.of(failure)) {
            case NOT_REACHED -> Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
                    "service-not-reached", instance, service);
            case BROKEN_ANSWER -> Problems.of(HttpStatus.BAD_GATEWAY, ProblemTypes.OUTCOME_UNKNOWN,
                    "answer-broken-off", instance, service);
            case TIMED_OUT -> Problems.of(HttpStatus.GATEWAY_TIMEOUT, ProblemTypes.GATEWAY_TIMEOUT,
                    "service-timed-out", instance, service);
        };
    }

    private static String describe(Throwable failure) {
        if (failure == null) {
            return "no cause recorded";
        }
        if (failure instanceof CallNotPermittedException) {
            return "circuit open";
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
