package com.salesplatform.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;

import com.salesplatform.gateway.accesslog.AuthenticatedSubjectFilter;
import com.salesplatform.gateway.canonicalpath.CanonicalPathFilter;
import com.salesplatform.gateway.problem.ProblemResponseWriter;
import com.salesplatform.gateway.problem.ProblemTypes;
import com.salesplatform.gateway.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits the request rate: the login endpoints per client IP address (against password guessing), every other
 * {@code /api/**} call per authenticated user. Over the limit: 429 problem+json with {@code Retry-After} in
 * seconds; the call never reaches a service. Runs after authentication, so the user is known, and keys on the
 * canonical path ({@link CanonicalPathFilter} refused every other spelling): {@code /%61pi/...} or
 * {@code /api/auth/%74oken} never get this far.
 * <p>
 * The counts live in memory or in Redis ({@link RateLimitConfiguration}).
 * <p>
 * The client address is the TCP peer's. Behind a load balancer set {@code server.forward-headers-strategy=native}
 * (or {@code framework}) so it is the client's, from {@code X-Forwarded-For} — never trusted by default, since a
 * client could otherwise pick a fresh address per guess.
 */
@Component
public class RateLimitFilter implements WebFilter, Ordered {

    /** Where the public endpoints live at which a password or refresh token is tried (any POST below it). */
    static final String LOGIN_PATH_PREFIX = "/api/auth/";

    private final KeyedRateLimiter perUser;
    private final KeyedRateLimiter perClientIp;
    private final ProblemResponseWriter problems;

    RateLimitFilter(RateLimitConfiguration.RateLimiters limiters, ProblemResponseWriter problems) {
        this.perUser = limiters.perUser();
        this.perClientIp = limiters.perClientIp();
        this.problems = problems;
    }

    /** After {@link AuthenticatedSubjectFilter}, which records the caller. */
    @Override
    public int getOrder() {
        return 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String path = CanonicalPathFilter.pathOf(exchange);
        Mono<Optional<Duration>> wait = Mono.just(Optional.empty());
        if (isLogin(request, path)) {
            wait = perClientIp.tryAcquire(clientAddress(request));
        } else if (path.startsWith("/api/")) {
            String subject = AuthenticatedSubjectFilter.subjectOf(exchange);
            if (subject != null) {
                wait = perUser.tryAcquire(subject);
            }
        }
        return wait.flatMap(refused -> refused.isPresent() ? tooManyRequests(exchange, refused.get())
                : chain.filter(exchange));
    }

    private Mono<Void> tooManyRequests(ServerWebExchange exchange, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problems.write(exchange, Problems.of(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.RATE_LIMITED,
                "rate-limited", CanonicalPathFilter.pathOf(exchange), seconds));
    }

    private static boolean isLogin(ServerHttpRequest request, String path) {
        return request.getMethod() == HttpMethod.POST && path.startsWith(LOGIN_PATH_PREFIX);
    }

    private static String clientAddress(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }
}
