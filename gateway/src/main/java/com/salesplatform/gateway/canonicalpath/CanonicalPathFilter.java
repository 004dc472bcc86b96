package com.salesplatform.gateway.canonicalpath;

import java.util.Optional;

import com.salesplatform.gateway.problem.ProblemResponseWriter;
import com.salesplatform.gateway.problem.ProblemTypes;
import com.salesplatform.gateway.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request whose path is not canonical ({@link CanonicalPaths}) with 400 problem+json
 * {@code non-canonical-path}, before any filter that decides by the path (body limit, authentication, rate
 * limits, routing). Otherwise {@code /%61pi/customers} was routed like {@code /api/customers} (route matching
 * decodes) while a rule comparing the raw path did not recognise it. Only the request id, access log and trace
 * context filters run earlier: they just label the request, so the refusal is logged and carries an id.
 * Past this filter the raw path is the normalised one, {@link #pathOf}.
 */
@Component
public class CanonicalPathFilter implements WebFilter, Ordered {

    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 3;

    private final ProblemResponseWriter problems;

    public CanonicalPathFilter(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String raw = exchange.getRequest().getURI().getRawPath();
        String rawPath = raw == null ? "" : raw;
        Optional<String> violation = CanonicalPaths.violation(rawPath);
        if (violation.isEmpty()) {
            return chain.filter(exchange);
        }
        return problems.write(exchange, Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.NON_CANONICAL_PATH,
                "non-canonical-path", rawPath, violation.get()));
    }

    /**
     * The path every rule keys on: the request's path, which past this filter is canonical (decoding it would
     * change nothing a rule compares).
     */
    public static String pathOf(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().pathWithinApplication().value();
    }
}
