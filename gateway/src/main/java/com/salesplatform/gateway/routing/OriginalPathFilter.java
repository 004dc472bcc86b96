package com.salesplatform.gateway.routing;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Remembers the path the client asked for before a circuit-breaker fallback forwards the request to
 * {@code /fallback/...}, so the fallback's problem names the right {@code instance}.
 */
@Component
public class OriginalPathFilter implements GlobalFilter, Ordered {

    static final String ATTRIBUTE = OriginalPathFilter.class.getName() + ".path";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        exchange.getAttributes().putIfAbsent(ATTRIBUTE, exchange.getRequest().getPath().value());
        return chain.filter(exchange);
    }
}
