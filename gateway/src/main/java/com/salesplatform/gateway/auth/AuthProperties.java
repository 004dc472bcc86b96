package com.salesplatform.gateway.auth;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code sales.auth.*}: what the gateway checks in every token and, in the {@code local} profile only, how it
 * issues tokens for the demo users.
 *
 * @param audience      the {@code aud} every token must carry (and local tokens are issued for)
 * @param issuer        the {@code iss} of locally issued tokens ({@code local} profile only)
 * @param tokenLifetime how long a locally issued token is valid
 * @param refreshTokenLifetime how long a local refresh token can be exchanged for new tokens (once)
 * @param lockout       when a username is locked after wrong passwords ({@code local} profile only)
 * @param demoUsers     the seeded demo users ({@code local} profile only; the gateway refuses to start with any
 *                      outside it)
 */
@Validated
@ConfigurationProperties("sales.auth")
public record AuthProperties(
        @NotBlank @DefaultValue("sales-platform") String audience,
        String issuer,
        @NotNull @DefaultValue("1h") Duration tokenLifetime,
        @NotNull @DefaultValue("8h") Duration refreshTokenLifetime,
        @Valid @NotNull @DefaultValue Lockout lockout,
        @Valid @DefaultValue List<DemoUser> demoUsers) {

    public AuthProperties {
        requirePositive("sales.auth.token-lifetime", tokenLifetime);
        requirePositive("sales.auth.refresh-token-lifetime", refreshTokenLifetime);
        demoUsers = demoUsers == null ? List.of() : List.copyOf(demoUsers);
    }

    private static void requirePositive(String property, Duration duration) {
        if (duration != null && (duration.isZero() || duration.isNegative())) {
            throw new IllegalArgumentException(property + " must be positive, was " + duration);
        }
    }

    /**
     * @param maxFailures consecutive wrong passwords for one username that lock it
     * @param duration    how long it stays locked (even the right password is refused meanwhile)
     */
    public record Lockout(@Min(1) @DefaultValue("5") int maxFailures, @NotNull @DefaultValue("15m") Duration duration) {
    }

    /**
     * A demo user of the local run. The password is stored only as a BCrypt hash.
     *
     * @param subject the JWT {@code sub}: the user's rep id
     * @param roles   e.g. {@code MANAGER}
     * @param teamId  the team of a manager or rep; none for an admin
     */
    public record DemoUser(
            @NotBlank String username,
            @NotBlank @Pattern(regexp = "^\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}$", message = "must be a BCrypt hash")
            String passwordHash,
            @NotNull UUID subject,
            @NotEmpty List<@Pattern(regexp = "^[A-Z][A-Z_]*$") String> roles,
            UUID teamId) {

        public DemoUser {
            roles = roles == null ? null : List.copyOf(roles);
        }

        @Override
        public String toString() {
            return "DemoUser[username=" + username + ", subject=" + subject + ", roles=" + roles + ", teamId=" + teamId
                    + "]";
        }
    }
}
