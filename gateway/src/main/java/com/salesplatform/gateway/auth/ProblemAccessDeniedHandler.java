package com.salesplatform.gateway.auth;

import com.salesplatform.gateway.problem.ProblemResponseWriter;
import com.salesplatform.gateway.problem.ProblemTypes;
import com.salesplatform.gateway.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 403 {@code application/problem+json} for an authenticated caller on a path the gateway never serves. */
public class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemResponseWriter writer;

    public ProblemAccessDeniedHandler(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return writer.write(exchange, Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "forbidden",
                exchange.getRequest().getPath().value()));
    }
}
