package com.salesplatform.platformtest.architecture.subscription.customer;

import com.salesplatform.platform.inbox.InboundSubscription;

/** A subscription to another service's topic outside integration.inbound. */
public class CustomerSubscription {

    InboundSubscription customers() {
        return InboundSubscription.named("customers").topic("sales.customers.events").build();
    }
}
