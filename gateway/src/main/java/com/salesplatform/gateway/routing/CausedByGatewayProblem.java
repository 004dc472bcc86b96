package com.salesplatform.gateway.routing;

import java.util.function.Predicate;

import com.salesplatform.gateway.problem.ProblemException;

/**
 * A call that failed because of the client's request, detected by the gateway while forwarding it (e.g. a
 * chunked body over the size limit), not because of the service: the circuit breakers ignore it, so oversized
 * requests cannot open a service's circuit for everyone
 * ({@code resilience4j.circuitbreaker.configs.default.ignore-exception-predicate}).
 */
public class CausedByGatewayProblem implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return problemOf(failure) != null;
    }

    /** The gateway's own problem somewhere in the cause chain, or {@code null}. */
    static ProblemException problemOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem;
            }
        }
        return null;
    }
}
