package com.salesplatform.gateway.auth.local;

import java.time.Clock;
import java.time.Duration;

class InMemoryRefreshTokenStoreTest extends RefreshTokenStoreContract {

    @Override
    RefreshTokenStore store(Duration lifetime, Clock clock) {
        return new InMemoryRefreshTokenStore(lifetime, clock);
    }

    @Override
    RefreshTokenStore unrelatedStore(Duration lifetime, Clock clock) {
        return new InMemoryRefreshTokenStore(lifetime, clock);
    }
}
