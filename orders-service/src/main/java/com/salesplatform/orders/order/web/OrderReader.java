package com.salesplatform.orders.order.web;

import com.salesplatform.orders.access.SalesAccess;
import com.salesplatform.orders.order.api.FindOrderQuery;
import com.salesplatform.orders.order.query.OrderView;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.security.CallerIdentity;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** An order the caller may see, or a 404 (no existence leak). */
@Component
class OrderReader {

    private final QueryGateway queries;
    private final SalesAccess access;

    OrderReader(QueryGateway queries, SalesAccess access) {
        this.queries = queries;
        this.access = access;
    }

    OrderView visibleOrder(String orderId, CallerIdentity caller) {
        return find(orderId, caller).orElseThrow(() -> new NotFoundException("Order", orderId));
    }

    Optional<OrderView> find(String orderId, CallerIdentity caller) {
        String id = orderId.toLowerCase(Locale.ROOT);
        return queries.query(new FindOrderQuery(id), ResponseTypes.optionalInstanceOf(OrderView.class)).join()
                .filter(order -> access.mayRead(caller, order.repId(), order.teamId()));
    }
}
