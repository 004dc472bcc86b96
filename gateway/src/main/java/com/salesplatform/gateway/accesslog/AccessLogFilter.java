package com.salesplatform.gateway.accesslog;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.salesplatform.gateway.requestid.RequestIdFilter;
import com.salesplatform.gateway.tracing.TraceContextFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * One line per request, logged when the response status is sent (so it also covers 401s, fallbacks and error
 * answers): method, path (never the query string, which may hold personal data), status, duration in
 * milliseconds, the caller's {@code sub}, the request id and the W3C trace id. Never a header value, so never a token.
 */
@Component
public class AccessLogFilter implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger("com.salesplatform.gateway.access");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long start = System.nanoTime();
        AtomicBoolean logged = new AtomicBoolean();
        exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(() -> logOnce(exchange, start, logged, null)));
        return chain.filter(exchange).doFinally(signal -> {
            if (signal == SignalType.CANCEL) {
                logOnce(exchange, start, logged, "client-closed");
            }
        });
    }

    private static void logOnce(ServerWebExchange exchange, long start, AtomicBoolean logged, String outcome) {
        if (!log.isInfoEnabled() || !logged.compareAndSet(false, true)) {
            return;
        }
        ServerHttpRequest request = exchange.getRequest();
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        String subject = exchange.getAttribute(AuthenticatedSubjectFilter.ATTRIBUTE);
        log.info("method={} path={} status={} duration_ms={} sub={} request_id={} trace_id={}",
                request.getMethod().name(),
                request.getPath().value(),
                outcome != null ? outcome : status == null ? 200 : status.value(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                subject == null ? "-" : subject,
                RequestIdFilter.of(exchange),
                TraceContextFilter.traceIdOf(exchange));
    }
}
