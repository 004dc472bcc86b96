package com.salesplatform.gateway.auth.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.salesplatform.gateway.auth.AuthProperties.DemoUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Refresh tokens in Redis, shared by every gateway replica: a token issued by one is redeemed, rotated or found
 * reused by any other. Keys (under the configured prefix, each expiring with what it describes):
 * {@code refresh:grant:<digest>} = "family expires-at username" of an unused token, taken with {@code GETDEL} so
 * that of two replicas redeeming the same token at once exactly one succeeds; {@code refresh:used:<digest>} the
 * same for a rotated token, to recognise its reuse; {@code refresh:family:<id>} the digests of a family's unused
 * tokens; {@code refresh:revoked:<id>} a revoked family, which also refuses a token rotated concurrently with the
 * revocation. Expiry is decided with the clock, as in memory; Redis's own expiry only cleans up.
 * <p>
 * Blocking calls: use it off the event loop. When Redis is down every call fails ({@code DataAccessException}):
 * no token is issued or refreshed (503), never one that may have been revoked.
 */
public class RedisRefreshTokenStore implements RefreshTokenStore {

    private static final Logger log = LoggerFactory.getLogger(RedisRefreshTokenStore.class);

    private final StringRedisTemplate redis;
    private final String prefix;
    private final Duration lifetime;
    private final Clock clock;
    private final DemoUserDirectory users;

    public RedisRefreshTokenStore(StringRedisTemplate redis, String keyPrefix, Duration lifetime, Clock clock,
            DemoUserDirectory users) {
        this.redis = redis;
        this.prefix = keyPrefix + "refresh:";
        this.lifetime = lifetime;
        this.clock = clock;
        this.users = users;
    }

    @Override
    public IssuedRefreshToken issue(DemoUser user) {
        return issue(user.username(), UUID.randomUUID());
    }

    @Override
    public IssuedRefreshToken rotate(Redeemed redeemed) {
        return issue(redeemed.user().username(), redeemed.family());
    }

    @Override
    public Optional<Redeemed> redeem(String token) {
        String digest = RefreshTokenValues.digest(token);
        Instant now = clock.instant();
        String unused = redis.opsForValue().getAndDelete(prefix + "grant:" + digest);
        if (unused == null) {
            String used = redis.opsForValue().get(prefix + "used:" + digest);
            if (used != null && Grant.parse(used).expiresAt().isAfter(now)) {
                Grant reused = Grant.parse(used);
                log.warn("A used refresh token of {} was presented again: revoking every refresh token of that login",
                        reused.username());
                revoke(reused.family());
            }
            return Optional.empty();
        }
        Grant grant = Grant.parse(unused);
        redis.opsForSet().remove(familyKey(grant.family()), digest);
        if (!grant.expiresAt().isAfter(now) || Boolean.TRUE.equals(redis.hasKey(revokedKey(grant.family())))) {
            return Optional.empty();
        }
        redis.opsForValue().set(prefix + "used:" + digest, unused, positive(Duration.between(now, grant.expiresAt())));
        return users.find(grant.username()).map(user -> new Redeemed(user, grant.family()));
    }

    @Override
    public void revoke(UUID family) {
        redis.opsForValue().set(revokedKey(family), "revoked", lifetime);
        Set<String> digests = redis.opsForSet().members(familyKey(family));
        if (digests != null && !digests.isEmpty()) {
            redis.delete(digests.stream().map(digest -> prefix + "grant:" + digest).toList());
        }
        redis.delete(familyKey(family));
    }

    private IssuedRefreshToken issue(String username, UUID family) {
        String token = RefreshTokenValues.newToken();
        String digest = RefreshTokenValues.digest(token);
        Grant grant = new Grant(family, clock.instant().plus(lifetime), username);
        redis.opsForValue().set(prefix + "grant:" + digest, grant.format(), lifetime);
        redis.opsForSet().add(familyKey(family), digest);
        redis.expire(familyKey(family), lifetime);
        return new IssuedRefreshToken(token, lifetime.toSeconds());
    }

    private String familyKey(UUID family) {
        return prefix + "family:" + family;
    }

    private String revokedKey(UUID family) {
        return prefix + "revoked:" + family;
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() || duration.isZero() ? Duration.ofMillis(1) : duration;
    }

    /** What is kept of a token: its family, expiry and user (the user's name last: it may contain spaces). */
    private record Grant(UUID family, Instant expiresAt, String username) {

        String format() {
            return family + " " + expiresAt.toEpochMilli() + " " + username;
        }

        static Grant parse(String value) {
            String[] parts = value.split(" ", 3);
            return new Grant(UUID.fromString(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2]);
        }
    }
}
