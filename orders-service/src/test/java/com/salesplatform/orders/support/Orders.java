package com.salesplatform.orders.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platformtest.ApiClient.Response;
import com.salesplatform.platformtest.TestTokens;
import java.util.Map;

/** Order calls as a frontend makes them. */
public final class Orders {

    private final Http http;

    public Orders(Http http) {
        this.http = http;
    }

    public static String body(String customerId, String sku, int quantity, int paymentTermsDays) {
        return """
                {"customerId":"%s","lines":[{"sku":"%s","quantity":%d}],"paymentTermsDays":%d}"""
                .formatted(customerId, sku, quantity, paymentTermsDays);
    }

    public Response place(String body, String token) {
        return http.post("/api/orders", body, token);
    }

    public Response place(String body, String token, String idempotencyKey) {
        return http.post("/api/orders", body, token, Map.of("Idempotency-Key", idempotencyKey));
    }

    /** Places an order that must be accepted; answers its id. */
    public String placed(String body, String token) {
        Response answer = place(body, token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().path("id").asText();
    }

    public JsonNode get(String orderId, String token) {
        Response answer = http.get("/api/orders/" + orderId, token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    public int step(String orderId, String step, String body, String token) {
        return http.post("/api/orders/" + orderId + "/" + step, body, token).status();
    }

    /**
     * PLACED → CONFIRMED (by {@code token}) → SHIPPED → DELIVERED (by ADMIN: the owner never records their own goods
     * movements), each step accepted.
     */
    public void deliver(String orderId, String token) {
        assertThat(step(orderId, "confirmation", "{}", token)).isEqualTo(204);
        assertThat(step(orderId, "shipment", "{\"carrier\":\"顺丰速运\",\"trackingNumber\":\"SF100\"}",
                TestTokens.admin())).isEqualTo(204);
        assertThat(step(orderId, "delivery", "{}", TestTokens.admin())).isEqualTo(204);
    }
}
