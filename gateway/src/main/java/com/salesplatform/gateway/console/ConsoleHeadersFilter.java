package com.salesplatform.gateway.console;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The web console's headers (docs/console.md). Its page and assets get a strict Content-Security-Policy: scripts,
 * styles, data and images only from this origin, no inline script or style, no {@code eval} — the console renders
 * with Vue render functions, so the template compiler (which needs {@code 'unsafe-eval'}) never runs. Every other
 * answer keeps the gateway's {@code frame-ancestors 'none'} (Swagger UI included). The versioned vendor files
 * (their version is in the path) may be cached for a year; the console's own files are revalidated every time.
 *
 * <p>Spring Security's header writers only add a header the response does not have yet, so setting it here, before
 * the chain runs, wins.
 */
@Component
public class ConsoleHeadersFilter implements WebFilter, Ordered {

    /** The console's policy, also read by the tests. */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "manifest-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** What the console is made of, all served without a token (a browser sends none for a page or a script). */
    public static final List<String> PUBLIC_PATHS = List.of(
            "/", "/index.html", "/favicon.ico", "/console/**", "/webjars/vue/**", "/_static/echarts/**");

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (isConsolePath(path)) {
            ServerHttpResponse response = exchange.getResponse();
            HttpHeaders headers = response.getHeaders();
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            if (isVendorPath(path)) {
                headers.set(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
            }
        }
        return chain.filter(exchange);
    }

    static boolean isConsolePath(String path) {
        return path.equals("/") || path.equals("/index.html") || path.equals("/favicon.ico")
                || path.startsWith("/console/") || isVendorPath(path);
    }

    static boolean isVendorPath(String path) {
        return path.startsWith("/webjars/vue/") || path.startsWith("/_static/echarts/");
    }
}
