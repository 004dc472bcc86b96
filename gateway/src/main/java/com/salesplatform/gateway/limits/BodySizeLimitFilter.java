package com.salesplatform.gateway.limits;

import com.salesplatform.gateway.canonicalpath.CanonicalPathFilter;
import com.salesplatform.gateway.problem.ProblemResponseWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over {@code sales.gateway.max-body-size} with 413 problem+json: at once when the
 * {@code Content-Length} says so (nothing is read or forwarded), and for a body of unknown length (chunked) as
 * soon as more bytes than the limit have streamed through — the forwarding to the service is then aborted.
 */
@Component
@EnableConfigurationProperties(GatewayHttpProperties.class)
public class BodySizeLimitFilter implements WebFilter, Ordered {

    private final long maxBytes;
    private final ProblemResponseWriter problems;

    public BodySizeLimitFilter(GatewayHttpProperties properties, ProblemResponseWriter problems) {
        this.maxBytes = properties.maxBodySize().toBytes();
        this.problems = problems;
    }

    /** Before authentication: an oversized body is refused before anything else is done with it. */
    @Override
    public int getOrder() {
        return CanonicalPathFilter.ORDER + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            PayloadTooLargeException tooLarge = new PayloadTooLargeException(maxBytes);
            return problems.write(exchange, tooLarge.toProblem(exchange.getRequest().getPath().value()));
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(new CountingRequest(exchange.getRequest(), maxBytes)).build());
    }

    /** A request whose body fails with {@link PayloadTooLargeException} once it grew past the limit. */
    private static final class CountingRequest extends ServerHttpRequestDecorator {

        private final long maxBytes;

        CountingRequest(ServerHttpRequest delegate, long maxBytes) {
            super(delegate);
            this.maxBytes = maxBytes;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            long[] seen = {0};
            return super.getBody().handle((buffer, sink) -> {
                seen[0] += buffer.readableByteCount();
                if (seen[0] > maxBytes) {
                    DataBufferUtils.release(buffer);
                    sink.error(new PayloadTooLargeException(maxBytes));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
