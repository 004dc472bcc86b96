package com.salesplatform.platformtest.architecture.replica.order.command;

import com.salesplatform.platformtest.architecture.replica.integration.inbound.CustomerOwners;

/** A command-side class that consults another service's copy where it is kept, instead of through a lookup. */
public class Order {

    boolean placeableBy(String repId, String customerId, CustomerOwners owners) {
        return repId.equals(owners.ownerOf(customerId));
    }
}
