package com.salesplatform.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.orders.support.Http;
import com.salesplatform.platformtest.ApiClient.Response;
import com.salesplatform.orders.support.Orders;
import com.salesplatform.orders.support.SalesWorld;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code Idempotency-Key} on orders' creating POSTs (the platform's filter): a retry gets the first answer and
 * creates nothing.
 */
@ServiceIntegrationTest
class IdempotencyIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private Http http;
    private Orders orders;
    private String repToken;
    private String customer;
    private String product;

    @BeforeEach
    void setUp() {
        http = Http.onPort(port);
        SalesWorld world = new SalesWorld(http, jdbc);
        orders = new Orders(http);
        String team = UUID.randomUUID().toString();
        String rep = world.repIn(team);
        repToken = TestTokens.rep(rep, team);
        customer = world.customerOf(rep, null);
        product = world.product("移动办公套件", "88.00");
    }

    @Test
    void aRetryWithTheSameKeyAndBodyAnswersTheFirstOrderAndPlacesNothingNew() {
        String key = UUID.randomUUID().toString();
        String body = Orders.body(customer, product, 2, 30);
        Response first = orders.place(body, repToken, key);
        String orderId = first.json().path("id").asText();
        long events = eventsOf(orderId);
        Response retry = orders.place(body, repToken, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(retry.json().path("id").asText()).isEqualTo(orderId);
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(ordersOf(customer)).isEqualTo(1);
        assertThat(events).isPositive();
        assertThat(eventsOf(orderId)).isEqualTo(events);
    }

    @Test
    void theSameKeyWithAnotherBodyIsUnprocessableAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        Response first = orders.place(Orders.body(customer, product, 2, 30), repToken, key);
        assertThat(first.status()).isEqualTo(201);
        Response other = orders.place(Orders.body(customer, product, 3, 30), repToken, key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().path("type").asText()).endsWith("/idempotency-key-reused");
        assertThat(ordersOf(customer)).isEqualTo(1);
        assertThat(orders.place(Orders.body(customer, product, 2, 30), repToken, key).json().path("id").asText())
                .as("the first answer is kept unchanged").isEqualTo(first.json().path("id").asText());
    }

    @Test
    void aFailedFirstAttemptReleasesTheKeyAndKeysAreKeptPerCaller() {
        String key = UUID.randomUUID().toString();
        String tooDeep = """
                {"customerId":"%s","lines":[{"sku":"%s","quantity":1,"discountPercent":30}],"paymentTermsDays":30}"""
                .formatted(customer, product);
        assertThat(orders.place(tooDeep, repToken, key).status()).isEqualTo(409);
        assertThat(orders.place(tooDeep, repToken, key).status()).isEqualTo(409);
        assertThat(orders.place(Orders.body(customer, product, 1, 30), repToken, key).status())
                .isEqualTo(201);

        String admin = TestTokens.admin();
        Response sameKeyOtherCaller = orders.place(Orders.body(customer, product, 1, 30), admin, key);
        assertThat(sameKeyOtherCaller.status()).isEqualTo(201);
        assertThat(ordersOf(customer)).isEqualTo(2);
        assertThat(orders.place(Orders.body(customer, product, 1, 30), repToken, "x".repeat(201)).json()
                .path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void aRetriedPaymentIsRecordedOnce() {
        String orderId = orders.placed(Orders.body(customer, product, 10, 30), repToken);
        orders.deliver(orderId, repToken);
        String key = UUID.randomUUID().toString();
        Map<String, String> headers = Map.of("Idempotency-Key", key);
        Response first = http.post("/api/orders/" + orderId + "/payments", "{\"amount\":100}",
                repToken, headers);
        Response retry = http.post("/api/orders/" + orderId + "/payments", "{\"amount\":100}",
                repToken, headers);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        JsonNode payments = http.get("/api/orders/" + orderId + "/payments", repToken).json();
        assertThat(payments.path("totalItems").asInt()).as("one report, not two").isEqualTo(1);
        assertThat(payments.path("items").get(0).path("amount").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(http.post("/api/orders/" + orderId + "/payments", "{\"amount\":200}", repToken, headers)
                .status()).isEqualTo(422);
    }

    private long eventsOf(String aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateId);
    }

    private long ordersOf(String customerId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM order_view WHERE customer_id = ?", Long.class,
                customerId);
        return count == null ? 0 : count;
    }
}
