package com.salesplatform.gateway.auth;

import java.time.Duration;
import java.util.List;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * CORS for the web frontends: only the configured origins, the API's methods, the headers a frontend sends
 * (token, request id, trace context) and reads ({@code X-Request-Id}, {@code Location}, {@code Retry-After},
 * {@code Idempotent-Replayed}).
 * No credentials mode: the token travels in {@code Authorization}, never in a cookie. No origin configured: no
 * browser on another origin may call.
 */
final class FrontendCors {

    private FrontendCors() {
    }

    static CorsConfigurationSource configurationSource(List<String> origins) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(origins);
        configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "Accept-Language",
                "X-Request-Id", "traceparent", "tracestate", "Idempotency-Key", "If-Match"));
        configuration.setExposedHeaders(List.of("X-Request-Id", "Location", "Retry-After", "ETag",
                "Idempotent-Replayed"));
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", configuration);
        return source;
    }
}
