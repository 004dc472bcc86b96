package com.salesplatform.gateway.auth;

import com.salesplatform.gateway.problem.ProblemResponseWriter;
import com.salesplatform.gateway.problem.ProblemTypes;
import com.salesplatform.gateway.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers a request without a usable bearer token: 401 {@code application/problem+json} with an RFC 6750
 * {@code WWW-Authenticate: Bearer} challenge ({@code error="invalid_token"} when a token was sent but rejected).
 * The reason a token was rejected is not told to the client.
 */
public class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemResponseWriter writer;

    public ProblemAuthenticationEntryPoint(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        String instance = exchange.getRequest().getPath().value();
        BearerTokenError error = bearerTokenError(ex);
        ProblemDetail problem;
        String challenge;
        if (error == null) {
            challenge = "Bearer";
            problem = Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, "token-missing", instance);
        } else {
            HttpStatus status = error.getHttpStatus() == null ? HttpStatus.UNAUTHORIZED : error.getHttpStatus();
            challenge = "Bearer error=\"" + error.getErrorCode() + "\"";
            problem = Problems.of(status, ProblemTypes.UNAUTHORIZED, "token-invalid", instance);
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return writer.write(exchange, problem);
    }

    private static BearerTokenError bearerTokenError(AuthenticationException ex) {
        if (ex instanceof OAuth2AuthenticationException oauth && oauth.getError() instanceof BearerTokenError error) {
            return error;
        }
        return null;
    }
}
