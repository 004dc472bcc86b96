package com.salesplatform.systemtests.faults;

import static org.awaitility.Awaitility.await;

import com.salesplatform.systemtests.Gateway;
import com.salesplatform.systemtests.Gateway.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What one run of the fault suite writes into, its own so that the read models can be counted exactly: a month
 * far in the future for its targets (no other test sets one there), a product of its own for its orders (the
 * sales trend filtered by it counts only this run's orders and payments), one customer for the orders.
 */
final class FaultRun {

    static final String DEMO_TEAM = "5a1e5000-0000-4000-8000-000000000001";
    static final String REP1 = "5a1e5000-0000-4000-8000-0000000000c1";

    final String tag = Long.toString(System.currentTimeMillis(), 36);
    final String period = (2200 + ThreadLocalRandom.current().nextInt(700)) + "-"
            + String.format("%02d", 1 + ThreadLocalRandom.current().nextInt(12));
    final String sku = "FLT-" + tag.toUpperCase(java.util.Locale.ROOT);
    private String customer;

    String customer() {
        return customer;
    }

    /** The product and the orders' customer; the first order is written once orders-service knows the customer. */
    void prepare(Gateway gateway, Ledger ledger) {
        String token = gateway.token("admin", "admin");
        Response product = gateway.post("/api/products", Map.of("sku", sku, "name", "故障演练产品 " + tag,
                "category", "软件", "listPrice", MixedLoad.ORDER_TOTAL), token);
        if (product.status() != 201) {
            throw new AssertionError("the run's product: " + product.describe());
        }
        String customerId = UUID.randomUUID().toString();
        Response lead = gateway.post("/api/customers/leads", lead(customerId, 0), token, "faults-" + customerId);
        if (lead.status() != 201) {
            throw new AssertionError("the run's customer: " + lead.describe());
        }
        ledger.acknowledged(Ledger.Kind.LEAD, customerId, null);
        customer = customerId;
        String orderId = UUID.randomUUID().toString();
        Map<String, Object> order = order(orderId, Instant.now().minusSeconds(5));
        await("orders-service knows the run's customer").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.post("/api/orders/imports", order, token, "faults-" + orderId).status(),
                        status -> status == 201);
        ledger.acknowledged(Ledger.Kind.ORDER, orderId, MixedLoad.ORDER_TOTAL);
    }

    Map<String, Object> target(String id, int n) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("scope", "TEAM");
        body.put("ownerId", DEMO_TEAM);
        body.put("period", period);
        body.put("metric", "REVENUE");
        body.put("amount", new BigDecimal("10000.00").add(BigDecimal.valueOf(n)));
        body.put("specific", "故障演练目标 " + tag + " #" + n);
        body.put("achievable", "按上季度实际增长 10%");
        body.put("relevant", "验证故障下的数据完整性");
        return body;
    }

    Map<String, Object> lead(String id, int n) {
        String digits = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("name", "故障演练客户 " + tag + " #" + n);
        body.put("type", "B2B");
        body.put("industry", "制造");
        body.put("region", "华东");
        body.put("channel", "EXHIBITION");
        body.put("ownerRepId", REP1);
        body.put("contact", Map.of("name", "联系人 " + n, "phone", "+86 139 " + digits,
                "email", "f" + tag + n + "x" + digits + "@example.cn", "role", "采购经理"));
        return body;
    }

    Map<String, Object> order(String id, Instant confirmedAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("customerId", customer);
        body.put("lines", List.of(Map.of("sku", sku, "quantity", 1)));
        body.put("paymentTermsDays", 30);
        body.put("confirmedAt", confirmedAt.toString());
        return body;
    }
}
