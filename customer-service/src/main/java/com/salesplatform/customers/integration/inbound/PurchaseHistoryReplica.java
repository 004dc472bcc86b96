package com.salesplatform.customers.integration.inbound;

import com.salesplatform.customers.lookup.PurchaseHistory;
import com.salesplatform.customers.lookup.PurchaseStatus;
import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
import com.salesplatform.platform.value.Money;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the copy {@link PurchaseHistory} reads from {@code sales.orders.events}; the inbox counts a repeated event
 * once, and an order's status only moves forward (a late OrderConfirmed does not undo an OrderPaid).
 */
@Configuration(proxyBeanMethods = false)
class PurchaseHistoryReplica {

    @Bean
    InboundSubscription purchaseHistorySubscription(JdbcTemplate jdbc) {
        return InboundSubscription.named("purchase-history")
                .topic(PlatformProperties.topicOf("orders"))
                .on("OrderPlaced", 1, OrderPlacedV1.class, (order, envelope) ->
                        placed(jdbc, order, order.placedAt(envelope.occurredAt())))
                .on("OrderConfirmed", 1, OrderStatusChangedV1.class, (order, envelope) ->
                        moved(jdbc, order.orderId(), PurchaseStatus.CONFIRMED, order.at(envelope.occurredAt())))
                .on("OrderShipped", 1, OrderStatusChangedV1.class, (order, envelope) ->
                        moved(jdbc, order.orderId(), PurchaseStatus.SHIPPED, envelope.occurredAt()))
                .on("OrderDelivered", 1, OrderStatusChangedV1.class, (order, envelope) ->
                        moved(jdbc, order.orderId(), PurchaseStatus.DELIVERED, envelope.occurredAt()))
                .on("OrderPaid", 1, OrderStatusChangedV1.class, (order, envelope) ->
                        moved(jdbc, order.orderId(), PurchaseStatus.PAID, envelope.occurredAt()))
                .on("OrderCancelled", 1, OrderStatusChangedV1.class, (order, envelope) ->
                        moved(jdbc, order.orderId(), PurchaseStatus.CANCELLED, envelope.occurredAt()))
                .build();
    }

    private static void placed(JdbcTemplate jdbc, OrderPlacedV1 order, Instant placedAt) {
        jdbc.update("""
                        INSERT INTO purchase_history
                            (order_id, customer_id, total, currency, status, placed_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO NOTHING""",
                order.orderId(), order.customerId(), Money.cents(order.total()), Money.currencyOr(order.currency()),
                PurchaseStatus.PLACED.name(), Timestamp.from(placedAt), Timestamp.from(placedAt));
    }

    private static void moved(JdbcTemplate jdbc, String orderId, PurchaseStatus status, Instant at) {
        jdbc.queryForList("SELECT status FROM purchase_history WHERE order_id = ? FOR UPDATE", String.class, orderId)
                .stream().findFirst()
                .filter(current -> PurchaseStatus.valueOf(current).ordinal() < status.ordinal())
                .ifPresent(current -> jdbc.update(
                        "UPDATE purchase_history SET status = ?, updated_at = ? WHERE order_id = ?",
                        status.name(), Timestamp.from(at), orderId));
    }
}
