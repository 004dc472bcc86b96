package com.salesplatform.orders.order.web;

import com.salesplatform.orders.access.SalesAccess;
import com.salesplatform.orders.order.api.FindOrderQuery;
import com.salesplatform.orders.order.query.OrderView;
import com.salesplatform.platform.access.ObjectAccess;
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
        return ObjectAccess.visibleOrNotFound(current(orderId), order -> mayRead(caller, order), "Order", orderId);
    }

    Optional<OrderView> find(String orderId, CallerIdentity caller) {
        return current(orderId).filter(order -> mayRead(caller, order));
    }

    private boolean mayRead(CallerIdentity caller, OrderView order) {
        return access.mayRead(caller, order.repId(), order.teamId());
    }

    private Optional<OrderView> current(String orderId) {
        return queries.query(new FindOrderQuery(orderId.toLowerCase(Locale.ROOT)),
                ResponseTypes.optionalInstanceOf(OrderView.class)).join();
    }
}
