package com.salesplatform.platformtest.architecture.scope.order.web;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;

/** A service deriving by itself who sees every order: the rules refuse it. */
public class OrderAccess {

    boolean seesEveryOrder(CallerIdentity caller) {
        return caller.isAdmin() || caller.has(Role.INTEGRATION);
    }
}
