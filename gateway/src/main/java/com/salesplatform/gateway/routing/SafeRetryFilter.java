package com.salesplatform.gateway.routing;

import java.io.IOException;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Retries a {@code GET} once when the connection to the service failed (refused, reset, closed before the
 * answer) — never another method: a {@code POST} the service may already have acted on is not sent twice, and
 * never a slow answer, which would only double the load on a struggling service.
 * <p>
 * A global filter ordered after the routes' own filters, so the retry runs <em>inside</em> the route's circuit
 * breaker: the breaker sees one call, and its fallback answers only once the retry failed too.
 */
@Component
public class SafeRetryFilter implements GlobalFilter, Ordered {

    private final GatewayFilter retry = new RetryGatewayFilterFactory().apply(new RetryGatewayFilterFactory.RetryConfig()
            .setRetries(1)
            .setMethods(HttpMethod.GET)
            .setSeries()
            .setStatuses()
            .setExceptions(IOException.class));

    /** After the route filters (circuit breaker) and the routing URL, before the HTTP client sends the call. */
    @Override
    public int getOrder() {
        return RouteToRequestUrlFilter.ROUTE_TO_URL_FILTER_ORDER + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return retry.filter(exchange, chain);
    }
}
