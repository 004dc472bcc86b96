package com.salesplatform.gateway.auth.local;

import com.salesplatform.gateway.auth.AuthProperties;
import com.salesplatform.gateway.support.MutableClock;

class InMemoryLoginLockoutTest extends LoginLockoutContract {

    @Override
    LoginLockout lockout(AuthProperties.Lockout settings, MutableClock clock) {
        return new InMemoryLoginLockout(settings, clock);
    }
}
