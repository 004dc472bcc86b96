package com.salesplatform.gateway.ratelimit;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code sales.gateway.rate-limit.*}: how many requests a caller may make per period.
 *
 * @param perUser     every {@code /api/**} call, counted per authenticated user (JWT {@code sub})
 * @param perClientIp the login endpoints ({@code /api/auth/token}, {@code /api/auth/refresh}), counted per client
 *                    IP address, against password guessing
 * @param maxKeys     how many users or addresses are tracked at most; past it, idle ones are forgotten
 */
@Validated
@ConfigurationProperties("sales.gateway.rate-limit")
public record RateLimitProperties(
        @Valid @NotNull @DefaultValue({"100", "1s"}) Limit perUser,
        @Valid @NotNull @DefaultValue({"10", "1m"}) Limit perClientIp,
        @Min(100) @DefaultValue("100000") int maxKeys) {

    /**
     * At most {@code requests} per {@code period}: a fixed window in memory (Resilience4j), a token bucket in Redis
     * (whole seconds only).
     */
    public record Limit(@Min(1) int requests, @NotNull Duration period) {
    }
}
