package com.salesplatform.gateway.tracing;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * W3C Trace Context: a valid {@code traceparent} from the client is forwarded to the service unchanged (with its
 * {@code tracestate}); a missing or malformed one is replaced by a new trace, so every call the services see
 * belongs to one. The gateway records no spans itself, so it keeps the client's parent id rather than naming a
 * span nobody stores. The trace id is in the access log.
 */
@Component
public class TraceContextFilter implements WebFilter, Ordered {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    static final String ATTRIBUTE = TraceContextFilter.class.getName() + ".traceId";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String received = exchange.getRequest().getHeaders().getFirst(TRACEPARENT);
        boolean valid = TraceParent.isValid(received);
        String traceparent = valid ? received : TraceParent.generate();
        exchange.getAttributes().put(ATTRIBUTE, TraceParent.traceId(traceparent));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> {
                    headers.set(TRACEPARENT, traceparent);
                    if (!valid) {
                        headers.remove(TRACESTATE);
                    }
                })
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    /** The trace id of this exchange, or {@code "-"} before the filter ran. */
    public static String traceIdOf(ServerWebExchange exchange) {
        String traceId = exchange.getAttribute(ATTRIBUTE);
        return traceId == null ? "-" : traceId;
    }
}
