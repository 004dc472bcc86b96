package com.salesplatform.gateway.auth.local;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.salesplatform.gateway.auth.AuthProperties.DemoUser;

/**
 * Opaque refresh tokens of the local run: 256 random bits, usable once (redeeming one removes it — the caller
 * gets a new one with the new access token), valid for a configurable time. Only a SHA-256 digest of each token
 * is kept, in memory: a restart logs everyone out, as the new signing key does anyway.
 */
public class RefreshTokenStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Duration lifetime;
    private final Clock clock;
    private final Map<String, Grant> grantsByDigest = new ConcurrentHashMap<>();

    public RefreshTokenStore(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public IssuedRefreshToken issue(DemoUser user) {
        Instant now = clock.instant();
        grantsByDigest.values().removeIf(grant -> !grant.expiresAt().isAfter(now));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        grantsByDigest.put(digest(token), new Grant(user, now.plus(lifetime)));
        return new IssuedRefreshToken(token, lifetime.toSeconds());
    }

    /** The user of a known, unexpired, unused token — which is used up by this call. */
    public Optional<DemoUser> redeem(String token) {
        Grant grant = grantsByDigest.remove(digest(token));
        if (grant == null || !grant.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(grant.user());
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256", e);
        }
    }

    private record Grant(DemoUser user, Instant expiresAt) {
    }

    /** A refresh token and how many seconds it is valid. */
    public record IssuedRefreshToken(String value, long expiresInSeconds) {

        @Override
        public String toString() {
            return "IssuedRefreshToken[expiresInSeconds=" + expiresInSeconds + "]";
        }
    }
}
