package com.salesplatform.platformtest.architecture.scoped.order.web;

import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.security.CallerIdentity;

/** A service asking the platform's scope who sees an order, as the rules want it. */
public class OrderAccess {

    boolean mayRead(CallerIdentity caller, String ownerRepId, String ownerTeamId) {
        return CallerScope.of(caller).covers(ownerRepId, ownerTeamId);
    }
}
