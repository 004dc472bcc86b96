package com.salesplatform.gateway.requestid;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an {@code X-Request-Id} before anything else runs (so even a 401 carries one): the
 * client's own when it is sane, else a new UUID. The id replaces whatever the client sent on the way to the
 * service and is returned in the response.
 */
@Component
public class RequestIdFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".requestId";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = RequestIds.acceptOrGenerate(exchange.getRequest().getHeaders().getFirst(HEADER));
        exchange.getAttributes().put(ATTRIBUTE, requestId);
        ServerHttpResponse response = exchange.getResponse();
        response.getHeaders().set(HEADER, requestId);
        // the routed service's response headers replace the gateway's: set it again just before they are sent
        response.beforeCommit(() -> Mono.fromRunnable(() -> response.getHeaders().set(HEADER, requestId)));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(HEADER, requestId))
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    /** The request id of this exchange, or {@code "-"} before the filter ran. */
    public static String of(ServerWebExchange exchange) {
        String requestId = exchange.getAttribute(ATTRIBUTE);
        return requestId == null ? "-" : requestId;
    }
}
