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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.salesplatform.gateway.auth.AuthProperties.DemoUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opaque refresh tokens of the local run: 256 random bits, usable once (redeeming one removes it — the caller
 * gets a new one with the new access token), valid for a configurable time. Every token belongs to the family of
 * the login it descends from; presenting a token that was already used (rotated) is taken as a stolen token being
 * replayed and revokes the whole family, so neither the thief nor the victim can refresh again (both log in
 * anew). Only a SHA-256 digest of each token is kept, in memory: a restart logs everyone out, as the new signing
 * key does anyway.
 */
public class RefreshTokenStore {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokenStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Duration lifetime;
    private final Clock clock;
    private final Map<String, Grant> grantsByDigest = new ConcurrentHashMap<>();
    /** The rotated tokens, remembered until they would have expired, to recognise their reuse. */
    private final Map<String, Grant> usedByDigest = new ConcurrentHashMap<>();

    public RefreshTokenStore(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** The first refresh token of a login: a new family. */
    public IssuedRefreshToken issue(DemoUser user) {
        return issue(user, UUID.randomUUID());
    }

    /** The successor of a redeemed token, in its family. */
    public IssuedRefreshToken rotate(Redeemed redeemed) {
        return issue(redeemed.user(), redeemed.family());
    }

    /**
     * The user and family of a known, unexpired, unused token — which is used up by this call. A token that was
     * already used revokes its family.
     */
    public Optional<Redeemed> redeem(String token) {
        String digest = digest(token);
        Grant grant = grantsByDigest.remove(digest);
        Instant now = clock.instant();
        if (grant == null) {
            Grant used = usedByDigest.get(digest);
            if (used != null && used.expiresAt().isAfter(now)) {
                log.warn("A used refresh token of {} was presented again: revoking every refresh token of that login",
                        used.user().username());
                revoke(used.family());
            }
            return Optional.empty();
        }
        if (!grant.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        usedByDigest.put(digest, grant);
        return Optional.of(new Redeemed(grant.user(), grant.family()));
    }

    /** Ends a family: none of its tokens can be redeemed any more. */
    public void revoke(UUID family) {
        grantsByDigest.values().removeIf(grant -> grant.family().equals(family));
    }

    private IssuedRefreshToken issue(DemoUser user, UUID family) {
        Instant now = clock.instant();
        grantsByDigest.values().removeIf(grant -> !grant.expiresAt().isAfter(now));
        usedByDigest.values().removeIf(grant -> !grant.expiresAt().isAfter(now));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        grantsByDigest.put(digest(token), new Grant(user, family, now.plus(lifetime)));
        return new IssuedRefreshToken(token, lifetime.toSeconds());
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256", e);
        }
    }

    private record Grant(DemoUser user, UUID family, Instant expiresAt) {
    }

    /** A redeemed token's user and the family (login) it belongs to. */
    public record Redeemed(DemoUser user, UUID family) {
    }

    /** A refresh token and how many seconds it is valid. */
    public record IssuedRefreshToken(String value, long expiresInSeconds) {

        @Override
        public String toString() {
            return "IssuedRefreshToken[expiresInSeconds=" + expiresInSeconds + "]";
        }
    }
}
