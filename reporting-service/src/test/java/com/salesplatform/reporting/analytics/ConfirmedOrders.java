package com.salesplatform.reporting.analytics;

import static com.salesplatform.platformtest.ContractEvents.data;
import static com.salesplatform.platformtest.ContractEvents.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** Publishes an order of one CRM-PRO line, placed and confirmed at the given instant, as orders-service would. */
public final class ConfirmedOrders {

    private ConfirmedOrders() {
    }

    public static String publishConfirmed(String customer, String rep, String team, double total, String at) {
        String order = UUID.randomUUID().toString();
        ObjectNode placed = data("orders", "OrderPlaced").put("orderId", order).put("customerId", customer)
                .put("repId", rep).put("teamId", team).put("total", total);
        placed.putArray("lines").addObject().put("sku", "CRM-PRO").put("quantity", 1).put("listPrice", total)
                .put("unitPrice", total).put("discountPercent", 0.0).put("lineTotal", total);
        publish("orders", "OrderPlaced", order, placed, at);
        ObjectNode confirmed = data("orders", "OrderConfirmed").setAll(placed.deepCopy()
                .retain("orderId", "customerId", "repId", "teamId", "lines", "total", "currency"));
        publish("orders", "OrderConfirmed", order, confirmed, at);
        return order;
    }
}
