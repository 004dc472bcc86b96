package com.salesplatform.gateway.auth.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.salesplatform.gateway.auth.AuthProperties.DemoUser;
import com.salesplatform.gateway.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every refresh-token store does, wherever it keeps the tokens. */
abstract class RefreshTokenStoreContract {

    static final DemoUser REP = new DemoUser("rep1",
            "$2a$10$JUyC6VFTZaWKNcVtL52gWu1pWaOMwJotVkT6n3qOqW3POB4CtN3OO", UUID.randomUUID(), List.of("REP"), null);
    static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    /** A store of one gateway. */
    abstract RefreshTokenStore store(Duration lifetime, Clock clock);

    /** A store sharing nothing with those of {@link #store}. */
    abstract RefreshTokenStore unrelatedStore(Duration lifetime, Clock clock);

    @Test
    void aTokenIsRedeemedOnceForItsUser() {
        RefreshTokenStore store = store(Duration.ofHours(8), Clock.fixed(NOW, ZoneOffset.UTC));
        RefreshTokenStore.IssuedRefreshToken token = store.issue(REP);

        assertThat(token.expiresInSeconds()).isEqualTo(8 * 3600);
        assertThat(token.value()).hasSize(43);
        assertThat(store.redeem(token.value()).map(RefreshTokenStore.Redeemed::user)).contains(REP);
        assertThat(store.redeem(token.value())).isEmpty();
    }

    @Test
    void reusingARotatedTokenRevokesEveryTokenDescendedFromTheSameLogin() {
        RefreshTokenStore store = store(Duration.ofHours(8), Clock.fixed(NOW, ZoneOffset.UTC));
        String first = store.issue(REP).value();
        String otherLogin = store.issue(REP).value();
        RefreshTokenStore.Redeemed redeemed = store.redeem(first).orElseThrow();
        String second = store.rotate(redeemed).value();
        String third = store.rotate(store.redeem(second).orElseThrow()).value();

        assertThat(store.redeem(first)).as("the stolen, rotated token").isEmpty();

        assertThat(store.redeem(third)).as("the newest token of that login").isEmpty();
        assertThat(store.redeem(otherLogin)).as("another login of the same user").isPresent();
    }

    @Test
    void aRevokedFamilyCannotBeRedeemed() {
        RefreshTokenStore store = store(Duration.ofHours(8), Clock.fixed(NOW, ZoneOffset.UTC));
        String token = store.issue(REP).value();
        RefreshTokenStore.Redeemed redeemed = store.redeem(token).orElseThrow();
        String next = store.rotate(redeemed).value();

        store.revoke(redeemed.family());

        assertThat(store.redeem(next)).isEmpty();
    }

    @Test
    void aTokenIsRefusedOnceItsLifetimeIsOverAndOnlyTheStoresOwnTokensAreKnown() {
        MutableClock clock = new MutableClock(NOW);
        RefreshTokenStore store = store(Duration.ofHours(8), clock);
        String expiring = store.issue(REP).value();
        String fresh = store.issue(REP).value();

        assertThat(unrelatedStore(Duration.ofHours(8), clock).redeem(fresh)).isEmpty();
        clock.advance(Duration.ofHours(8));
        assertThat(store.redeem(expiring)).isEmpty();
        assertThat(store.redeem(fresh)).isEmpty();
    }
}
