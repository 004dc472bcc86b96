package com.salesplatform.gateway.auth.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.salesplatform.gateway.auth.AuthProperties.DemoUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refresh tokens in this gateway's memory (one local gateway): only a SHA-256 digest of each, so a restart logs
 * everyone out, as the new signing key does anyway.
 */
public class InMemoryRefreshTokenStore implements RefreshTokenStore {

    private static final Logger log = LoggerFactory.getLogger(InMemoryRefreshTokenStore.class);

    private final Duration lifetime;
    private final Clock clock;
    private final Map<String, Grant> grantsByDigest = new ConcurrentHashMap<>();
    /** The rotated tokens, remembered until they would have expired, to recognise their reuse. */
    private final Map<String, Grant> usedByDigest = new ConcurrentHashMap<>();

    public InMemoryRefreshTokenStore(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public IssuedRefreshToken issue(DemoUser user) {
        return issue(user, UUID.randomUUID());
    }

    @Override
    public IssuedRefreshToken rotate(Redeemed redeemed) {
        return issue(redeemed.user(), redeemed.family());
    }

    @Override
    public Optional<Redeemed> redeem(String token) {
        String digest = RefreshTokenValues.digest(token);
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

    @Override
    public void revoke(UUID family) {
        grantsByDigest.values().removeIf(grant -> grant.family().equals(family));
    }

    private IssuedRefreshToken issue(DemoUser user, UUID family) {
        Instant now = clock.instant();
        grantsByDigest.values().removeIf(grant -> !grant.expiresAt().isAfter(now));
        usedByDigest.values().removeIf(grant -> !grant.expiresAt().isAfter(now));
        String token = RefreshTokenValues.newToken();
        grantsByDigest.put(RefreshTokenValues.digest(token), new Grant(user, family, now.plus(lifetime)));
        return new IssuedRefreshToken(token, lifetime.toSeconds());
    }

    private record Grant(DemoUser user, UUID family, Instant expiresAt) {
    }
}
