package com.salesplatform.customers.customer.api;

import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.web.PageQuery;

/** One page of the customers the caller may see, filtered by owner, status and a name fragment. */
public record FindCustomersQuery(String ownerRepId, CustomerStatus status, String nameContains,
                                 CallerScope visibility, PageQuery page) {
}
