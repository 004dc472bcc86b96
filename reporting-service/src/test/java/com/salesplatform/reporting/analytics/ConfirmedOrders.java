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
        return publishOrder(customer, rep, team, total, at, null);
    }

    /**
     * An order ADMIN imported as history: published at {@code publishedAt}, placed and confirmed in fact at
     * {@code confirmedAt}, which its events carry with who imported it.
     */
    public static String publishImported(String customer, String rep, String team, double total, String confirmedAt,
                                         String publishedAt) {
        return publishOrder(customer, rep, team, total, publishedAt, confirmedAt);
    }

    private static String publishOrder(String customer, String rep, String team, double total, String at,
                                       String importedAt) {
        String order = UUID.randomUUID().toString();
        ObjectNode placed = data("orders", "OrderPlaced").put("orderId", order).put("customerId", customer)
                .put("repId", rep).put("teamId", team).put("total", total);
        placed.putArray("lines").addObject().put("sku", "CRM-PRO").put("quantity", 1).put("listPrice", total)
                .put("unitPrice", total).put("discountPercent", 0.0).put("lineTotal", total);
        ObjectNode confirmed = data("orders", "OrderConfirmed").setAll(placed.deepCopy()
                .retain("orderId", "customerId", "repId", "teamId", "lines", "total", "currency"));
        if (importedAt != null) {
            String admin = UUID.randomUUID().toString();
            placed.put("placedAt", importedAt).put("importedBy", admin);
            confirmed.put("confirmedAt", importedAt).put("importedBy", admin);
        }
        publish("orders", "OrderPlaced", order, placed, at);
        publish("orders", "OrderConfirmed", order, confirmed, at);
        return order;
    }
}
