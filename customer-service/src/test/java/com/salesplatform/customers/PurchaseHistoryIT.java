package com.salesplatform.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The purchase history on the profile, kept from {@code sales.orders.events}: the test publishes orders-service's
 * contract examples (validated against its schemas), made about a customer of this test.
 */
@ServiceIntegrationTest
class PurchaseHistoryIT {

    private static final String ORDERS = "sales.orders.events";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private CustomerApi api;
    private String token;
    private String customer;

    @BeforeEach
    void aRepsCustomer() {
        api = new CustomerApi(port, jdbc);
        CustomerApi.Team team = api.team(1);
        token = TestTokens.rep(team.rep(1), team.id());
        customer = api.lead(token, "成都锦江贸易" + UUID.randomUUID().toString().substring(0, 6));
    }

    @Test
    void ordersPlacedConfirmedPaidAndCancelledShowOnTheProfileAndARepeatedEventCountsOnce() throws Exception {
        String paid = UUID.randomUUID().toString();
        String cancelled = UUID.randomUUID().toString();
        Instant placedAt = Instant.parse("2027-03-02T03:00:00Z");

        String placedTwice = envelope("OrderPlaced", paid, customer, placedAt,
                data -> data.put("total", new BigDecimal("12800.50")));
        publish(paid, placedTwice);
        publish(paid, placedTwice);
        publish(paid, envelope("OrderConfirmed", paid, customer, placedAt.plusSeconds(60), data -> { }));
        publish(paid, envelope("OrderPaid", paid, customer, placedAt.plusSeconds(3600), data -> { }));
        publish(cancelled, envelope("OrderPlaced", cancelled, customer, placedAt.plusSeconds(7200),
                data -> data.put("total", new BigDecimal("999.00"))));
        publish(cancelled, envelope("OrderCancelled", cancelled, customer, placedAt.plusSeconds(9000),
                data -> data.put("reason", "客户取消")));

        await("the purchase history").atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode history = api.get("/api/customers/" + customer, token).json().path("purchaseHistory");
            return history.path("orderCount").asInt() == 2
                    && "PAID".equals(history.path("orders").get(1).path("status").asText())
                    && "CANCELLED".equals(history.path("orders").get(0).path("status").asText());
        });
        JsonNode history = api.get("/api/customers/" + customer, token).json().path("purchaseHistory");
        assertThat(history.path("totalPurchased").decimalValue()).isEqualByComparingTo("12800.50");
        assertThat(history.path("orders").get(1).path("orderId").asText()).isEqualTo(paid);
        assertThat(history.path("orders").get(1).path("total").decimalValue()).isEqualByComparingTo("12800.50");
        assertThat(history.path("orders").get(1).path("placedAt").asText()).isEqualTo(placedAt.toString());
        assertThat(history.path("orders").get(0).path("currency").asText()).isEqualTo("CNY");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM inbox_message WHERE event_id = ?", Integer.class,
                JSON.readTree(placedTwice).path("eventId").asText())).isEqualTo(1);

        JsonNode before = api.get("/api/customers/" + customer + "?asOf=" + placedAt.plusSeconds(100), token)
                .json().path("purchaseHistory");
        assertThat(before.path("orderCount").asInt()).as("as of then, only the first order was placed").isEqualTo(1);
    }

    /** A delivered order shows DELIVERED (not CONFIRMED), a shipped one SHIPPED; a late CONFIRMED moves nothing back. */
    @Test
    void anOrderShowsItsCurrentStatusThroughShipmentAndDelivery() throws Exception {
        String delivered = UUID.randomUUID().toString();
        String shipped = UUID.randomUUID().toString();
        Instant placedAt = Instant.parse("2027-03-02T03:00:00Z");
        publish(delivered, envelope("OrderPlaced", delivered, customer, placedAt, data -> { }));
        publish(delivered, envelope("OrderConfirmed", delivered, customer, placedAt.plusSeconds(60), data -> { }));
        publish(delivered, envelope("OrderShipped", delivered, customer, placedAt.plusSeconds(120), data -> { }));
        publish(delivered, envelope("OrderDelivered", delivered, customer, placedAt.plusSeconds(180), data -> { }));
        String lateConfirmation = envelope("OrderConfirmed", delivered, customer, placedAt.plusSeconds(60), data -> { });
        publish(delivered, lateConfirmation);
        publish(shipped, envelope("OrderPlaced", shipped, customer, placedAt.plusSeconds(600), data -> { }));
        publish(shipped, envelope("OrderConfirmed", shipped, customer, placedAt.plusSeconds(660), data -> { }));
        publish(shipped, envelope("OrderShipped", shipped, customer, placedAt.plusSeconds(720), data -> { }));

        await("both orders in their current status").atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM inbox_message WHERE event_id = ?", Integer.class,
                JSON.readTree(lateConfirmation).path("eventId").asText()) == 1
                && api.get("/api/customers/" + customer, token).json().path("purchaseHistory").path("orders")
                .toString().contains("SHIPPED"));
        JsonNode orders = api.get("/api/customers/" + customer, token).json().path("purchaseHistory").path("orders");
        assertThat(orders.get(0).path("orderId").asText()).isEqualTo(shipped);
        assertThat(orders.get(0).path("status").asText()).isEqualTo("SHIPPED");
        assertThat(orders.get(1).path("orderId").asText()).isEqualTo(delivered);
        assertThat(orders.get(1).path("status").asText()).isEqualTo("DELIVERED");
    }

    private static void publish(String orderId, String envelope) {
        TopicProbe.publish(ORDERS, orderId, envelope);
    }

    /** The contract's example, made about this order and customer, in an envelope the contract accepts. */
    private static String envelope(String type, String orderId, String customerId, Instant occurredAt,
                                   Consumer<ObjectNode> adjust) throws JsonProcessingException {
        ObjectNode data = Contracts.exampleData("orders", type, 1).put("orderId", orderId).put("customerId", customerId);
        adjust.accept(data);
        ObjectNode envelope = (ObjectNode) JSON.readTree(
                Contracts.envelope("orders", type, 1, UUID.randomUUID().toString(), orderId, data));
        return envelope.put("occurredAt", occurredAt.toString()).toString();
    }
}
