package com.salesplatform.gateway.auth.local;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.salesplatform.gateway.support.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The refresh-token contract against the real Redis, and what sharing adds: each store has its own connection,
 * as two gateway replicas would, and sees what the other did.
 */
class RedisRefreshTokenStoreIT extends RefreshTokenStoreContract {

    private static final DemoUserDirectory USERS = new DemoUserDirectory(List.of(REP), new BCryptPasswordEncoder(4));

    private final TestRedis redis = new TestRedis();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @AfterEach
    void cleanUp() {
        redis.close();
    }

    @Override
    RefreshTokenStore store(Duration lifetime, Clock clock) {
        return new RedisRefreshTokenStore(redis.connect(), redis.keyPrefix(), lifetime, clock, USERS);
    }

    @Override
    RefreshTokenStore unrelatedStore(Duration lifetime, Clock clock) {
        return new RedisRefreshTokenStore(redis.connect(), redis.keyPrefix() + "other-platform:", lifetime, clock,
                USERS);
    }

    @Test
    void aTokenIssuedByOneGatewayIsRotatedByTheOtherAndItsReuseOnTheFirstEndsTheLoginOnBoth() {
        RefreshTokenStore first = store(Duration.ofHours(8), clock);
        RefreshTokenStore second = store(Duration.ofHours(8), clock);
        String issued = first.issue(REP).value();

        RefreshTokenStore.Redeemed redeemed = second.redeem(issued).orElseThrow();
        assertThat(redeemed.user()).isEqualTo(REP);
        String rotated = second.rotate(redeemed).value();

        assertThat(first.redeem(issued)).as("used on the other gateway, replayed here").isEmpty();
        assertThat(second.redeem(rotated)).as("the family is revoked for both").isEmpty();
        assertThat(first.redeem(rotated)).isEmpty();
    }

    @Test
    void ofTwoGatewaysRedeemingTheSameTokenAtOnceExactlyOneGetsIt() {
        RefreshTokenStore first = store(Duration.ofHours(8), clock);
        RefreshTokenStore second = store(Duration.ofHours(8), clock);
        for (int round = 0; round < 20; round++) {
            String token = first.issue(REP).value();
            CompletableFuture<Optional<RefreshTokenStore.Redeemed>> onFirst =
                    CompletableFuture.supplyAsync(() -> first.redeem(token));
            CompletableFuture<Optional<RefreshTokenStore.Redeemed>> onSecond =
                    CompletableFuture.supplyAsync(() -> second.redeem(token));

            assertThat(onFirst.join().isPresent() ^ onSecond.join().isPresent()).as("round " + round).isTrue();
        }
    }

    @Test
    void aTokenRotatedWhileItsFamilyIsRevokedCannotBeRedeemed() {
        RefreshTokenStore first = store(Duration.ofHours(8), clock);
        RefreshTokenStore second = store(Duration.ofHours(8), clock);
        RefreshTokenStore.Redeemed redeemed = first.redeem(first.issue(REP).value()).orElseThrow();

        second.revoke(redeemed.family());
        String rotatedAfterTheRevocation = first.rotate(redeemed).value();

        assertThat(second.redeem(rotatedAfterTheRevocation)).isEmpty();
    }

    @Test
    void everyKeyExpiresAndOnlyADigestOfTheTokenIsStored() {
        RefreshTokenStore store = store(Duration.ofHours(8), clock);
        String token = store.rotate(store.redeem(store.issue(REP).value()).orElseThrow()).value();

        var client = redis.connect();
        try (var keys = client.scan(org.springframework.data.redis.core.ScanOptions.scanOptions()
                .match(redis.keyPrefix() + "*").build())) {
            List<String> all = keys.stream().toList();
            assertThat(all).isNotEmpty().noneMatch(key -> key.contains(token));
            assertThat(all).allSatisfy(key -> assertThat(client.getExpire(key)).as(key).isPositive());
        }
    }

    @Test
    void whenRedisIsDownNoTokenIsIssuedOrRedeemed() {
        RefreshTokenStore store = new RedisRefreshTokenStore(redis.connectToRedisThatIsDown(), redis.keyPrefix(),
                Duration.ofHours(8), clock, USERS);

        assertThatThrownBy(() -> store.issue(REP)).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> store.redeem("any")).isInstanceOf(DataAccessException.class);
    }
}
