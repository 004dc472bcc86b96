package com.salesplatform.orders.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platformtest.TestTokens;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

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

    public ResponseEntity<JsonNode> place(String body, String token) {
        return http.post("/api/orders", body, token);
    }

    public ResponseEntity<JsonNode> place(String body, String token, String idempotencyKey) {
        return http.post("/api/orders", body, token, Map.of("Idempotency-Key", idempotencyKey));
    }

    /** Places an order that must be accepted; answers its id. */
    public String placed(String body, String token) {
        ResponseEntity<JsonNode> answer = place(body, token);
        assertThat(answer.getStatusCode()).as(answer.toString()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody().path("id").asText();
    }

    public JsonNode get(String orderId, String token) {
        ResponseEntity<JsonNode> answer = http.get("/api/orders/" + orderId, token);
        assertThat(answer.getStatusCode()).as(answer.toString()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    public HttpStatus step(String orderId, String step, String body, String token) {
        return HttpStatus.valueOf(http.post("/api/orders/" + orderId + "/" + step, body, token)
                .getStatusCode().value());
    }

    /**
     * PLACED → CONFIRMED (by {@code token}) → SHIPPED → DELIVERED (by ADMIN: the owner never records their own goods
     * movements), each step accepted.
     */
    public void deliver(String orderId, String token) {
        assertThat(step(orderId, "confirmation", "{}", token)).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(step(orderId, "shipment", "{\"carrier\":\"顺丰速运\",\"trackingNumber\":\"SF100\"}",
                TestTokens.admin())).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(step(orderId, "delivery", "{}", TestTokens.admin())).isEqualTo(HttpStatus.NO_CONTENT);
    }
}
