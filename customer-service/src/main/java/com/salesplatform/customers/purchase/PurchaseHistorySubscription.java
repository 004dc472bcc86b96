package com.salesplatform.customers.purchase;

import com.salesplatform.customers.integration.inbound.OrderPlacedV1;
import com.salesplatform.customers.integration.inbound.OrderStatusChangedV1;
import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps {@link PurchaseHistory} from {@code sales.orders.events}; the inbox counts a repeated event once. */
@Configuration(proxyBeanMethods = false)
class PurchaseHistorySubscription {

    @Bean
    InboundSubscription purchaseHistoryReplica(PurchaseHistory history) {
        return InboundSubscription.named("purchase-history")
                .topic(PlatformProperties.topicOf("orders"))
                .on("OrderPlaced", 1, OrderPlacedV1.class, (order, envelope) -> history.placed(order.orderId(),
                        order.customerId(), order.total(), order.currency(), order.placedAt(envelope.occurredAt())))
                .on("OrderConfirmed", 1, OrderStatusChangedV1.class, (order, envelope) ->
                        history.moved(order.orderId(), PurchaseStatus.CONFIRMED, order.at(envelope.occurredAt())))
                .on("OrderShipped", 1, OrderStatusChangedV1.class, (order, envelope) ->
                        history.moved(order.orderId(), PurchaseStatus.SHIPPED, envelope.occurredAt()))
                .on("OrderDelivered", 1, OrderStatusChangedV1.class, (order, envelope) ->
                        history.moved(order.orderId(), PurchaseStatus.DELIVERED, envelope.occurredAt()))
                .on("OrderPaid", 1, OrderStatusChangedV1.class, (order, envelope) ->
                        history.moved(order.orderId(), PurchaseStatus.PAID, envelope.occurredAt()))
                .on("OrderCancelled", 1, OrderStatusChangedV1.class, (order, envelope) ->
                        history.moved(order.orderId(), PurchaseStatus.CANCELLED, envelope.occurredAt()))
                .build();
    }
}
