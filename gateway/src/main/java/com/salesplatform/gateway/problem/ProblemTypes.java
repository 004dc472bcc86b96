package com.salesplatform.gateway.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The {@code type} URIs of the RFC 9457 problems the gateway itself answers with — the same base and, for the
 * errors the services answer too (401, 403, 400, 404, 500), the same types as the platform library's, so a
 * frontend sees one vocabulary whoever answered.
 */
public final class ProblemTypes {

    private static final String BASE = "https://sales-platform.dev/problems/";

    /** No token, or a token the gateway rejects (title "Unauthorized"). */
    public static final URI UNAUTHORIZED = of("unauthorized");
    /** Title "Forbidden". */
    public static final URI FORBIDDEN = of("forbidden");
    /** Field errors in {@code errors[]} (title "Invalid request"). */
    public static final URI VALIDATION = of("validation");
    /** Title "Unreadable request body". */
    public static final URI UNREADABLE_BODY = of("unreadable-body");
    /** Title "Not found". */
    public static final URI NOT_FOUND = of("not-found");
    /** Title "Internal error". */
    public static final URI INTERNAL = of("internal");
    /** The token endpoint's wrong username or password (title "Invalid credentials"). */
    public static final URI INVALID_CREDENTIALS = of("invalid-credentials");
    /**
     * A service that was never reached — connection refused, no address, circuit open, too many calls in flight —
     * so nothing was done (title "Service unavailable").
     */
    public static final URI SERVICE_UNAVAILABLE = of("service-unavailable");
    /**
     * A service that was reached, but whose answer broke off (connection reset or closed before a complete
     * answer): the outcome is unknown (title "Outcome unknown").
     */
    public static final URI OUTCOME_UNKNOWN = of("outcome-unknown");
    /** A service that did not answer within the gateway's time limit: the outcome is unknown (title "Service timed out"). */
    public static final URI GATEWAY_TIMEOUT = of("gateway-timeout");

    /** A caller over its request rate (title "Too many requests"; {@code Retry-After} says when to retry). */
    public static final URI RATE_LIMITED = of("rate-limited");
    /** A username locked after repeated wrong passwords (title "Login locked"; {@code Retry-After}). */
    public static final URI LOGIN_LOCKED = of("login-locked");
    /** An unknown, expired or already used refresh token (title "Invalid refresh token"). */
    public static final URI INVALID_REFRESH_TOKEN = of("invalid-refresh-token");
    /** A request path spelled in a non-canonical way, e.g. percent-encoded letters (title "Non-canonical path"). */
    public static final URI NON_CANONICAL_PATH = of("non-canonical-path");
    /** A request body over the gateway's size limit (title "Request body too large"). */
    public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");

    private ProblemTypes() {
    }

    /** A type derived from an HTTP status, for the errors without a more specific type. */
    public static URI forStatus(int status) {
        return of(slugOf(status));
    }

    /** {@code method-not-allowed} for 405: the status's reason phrase in lower case, words joined by '-'. */
    public static String slugOf(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "http-" + status
                : known.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static URI of(String slug) {
        return URI.create(BASE + slug);
    }
}
