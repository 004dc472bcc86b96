package com.salesplatform.gateway.routing;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.netty.channel.ConnectTimeoutException;
import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a failed forwarding tells the client about its request. Only a failure before a connection to the service
 * existed proves that the service never saw the request ({@link #NOT_REACHED}); once connected, the request may
 * have been read and acted on although no answer came back ({@link #BROKEN_ANSWER}, {@link #TIMED_OUT}) — a
 * creating POST may have been stored, and only a retry with the same {@code Idempotency-Key} tells.
 */
enum ForwardingFailure {

    /** Connection refused, unknown host, connect timeout, no instance, circuit open, bulkhead full: nothing done. */
    NOT_REACHED,
    /** Connected, then the connection was reset or closed before a complete answer: outcome unknown. */
    BROKEN_ANSWER,
    /** Connected, no answer within the time limit (the call is cancelled): outcome unknown. */
    TIMED_OUT;

    /** Resilience4j's bulkhead is on the runtime classpath only (through Spring Cloud CircuitBreaker). */
    private static final String BULKHEAD_FULL = "io.github.resilience4j.bulkhead.BulkheadFullException";

    static ForwardingFailure of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isTimeout(cause)) {
                return TIMED_OUT;
            }
            if (neverReached(cause)) {
                return NOT_REACHED;
            }
        }
        return failure == null ? NOT_REACHED : BROKEN_ANSWER;
    }

    private static boolean isTimeout(Throwable cause) {
        return cause instanceof TimeoutException
                || cause instanceof ResponseStatusException status
                        && status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value();
    }

    private static boolean neverReached(Throwable cause) {
        // Netty's AnnotatedConnectException and AnnotatedNoRouteToHostException extend these JDK types
        return cause instanceof ConnectException
                || cause instanceof NoRouteToHostException
                || cause instanceof UnknownHostException
                || cause instanceof UnresolvedAddressException
                || cause instanceof ConnectTimeoutException
                || cause instanceof NotFoundException
                || cause instanceof CallNotPermittedException
                || cause.getClass().getName().equals(BULKHEAD_FULL);
    }
}
