package com.salesplatform.gateway.accesslog;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Runs after Spring Security and remembers the authenticated caller's {@code sub} in the exchange, where the
 * access log (which runs before security, to time and log everything) can read it.
 */
@Component
public class AuthenticatedSubjectFilter implements WebFilter, Ordered {

    static final String ATTRIBUTE = AuthenticatedSubjectFilter.class.getName() + ".subject";

    /** The authenticated caller's {@code sub}, or {@code null} for an anonymous request or before security ran. */
    public static String subjectOf(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    /** After Spring Security's filter chain proxy (order -100). */
    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> ((JwtAuthenticationToken) authentication).getToken().getSubject())
                .doOnNext(subject -> exchange.getAttributes().put(ATTRIBUTE, subject))
                .then(chain.filter(exchange));
    }
}
