package com.salesplatform.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.orders.support.Http;
import com.salesplatform.orders.support.Orders;
import com.salesplatform.orders.support.SalesWorld;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The credit check at placement against the customer replica fed from sales.customers.events: over the limit →
 * CREDIT_HOLD until the team's MANAGER releases it; concurrent placements for one customer are judged one after the
 * other.
 */
@ServiceIntegrationTest
class CreditControlIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private Http http;
    private SalesWorld world;
    private Orders orders;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe probe;
    private String team;
    private String rep;
    private String repToken;
    private String product;

    @BeforeEach
    void setUp() {
        http = Http.onPort(port);
        world = new SalesWorld(http, jdbc);
        orders = new Orders(http);
        probe = topics.on("sales.orders.events");
        team = UUID.randomUUID().toString();
        rep = world.repIn(team);
        repToken = TestTokens.rep(rep, team);
        product = world.product("年度维保服务", "100.00");
    }

    @Test
    void anOrderOverTheCreditLimitWaitsForTheTeamsManager() {
        String customer = world.customerOf(rep, "1000.00");
        String first = orders.placed(Orders.body(customer, product, 6, 30), repToken);
        assertThat(orders.get(first, repToken).path("status").asText()).isEqualTo("PLACED");

        String second = orders.placed(Orders.body(customer, product, 5, 30), repToken);
        JsonNode held = orders.get(second, repToken);
        assertThat(held.path("status").asText()).isEqualTo("CREDIT_HOLD");
        assertThat(held.path("timeline").get(1).path("reason").asText()).isEqualTo("CREDIT_LIMIT_EXCEEDED");
        JsonNode hold = probe.awaitEnvelope(second, "OrderPutOnCreditHold");
        Contracts.assertConforms("orders", hold);
        assertThat(hold.path("data").path("exposure").decimalValue()).isEqualByComparingTo("600.00");
        assertThat(hold.path("data").path("creditLimit").decimalValue()).isEqualByComparingTo("1000.00");

        assertThat(orders.step(second, "confirmation", "{}", repToken)).isEqualTo(409);
        assertThat(orders.step(second, "credit-release", "{}", repToken)).isEqualTo(403);
        String otherManager = TestTokens.manager(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        assertThat(orders.step(second, "credit-release", "{}", otherManager)).isEqualTo(404);
        String manager = UUID.randomUUID().toString();
        assertThat(orders.step(second, "credit-release", "{}", TestTokens.manager(manager, team)))
                .isEqualTo(204);
        JsonNode released = orders.get(second, repToken);
        assertThat(released.path("status").asText()).isEqualTo("PLACED");
        assertThat(released.path("timeline").get(2).path("actorId").asText()).isEqualTo(manager);
        Contracts.assertConforms("orders", probe.awaitEnvelope(second, "OrderCreditReleased"));

        // both now count: 1100 unpaid against 1000, so even a small third order is held
        String third = orders.placed(Orders.body(customer, product, 1, 30), repToken);
        assertThat(orders.get(third, repToken).path("status").asText()).isEqualTo("CREDIT_HOLD");
        assertThat(orders.step(third, "cancellation", "{\"reason\":\"额度不足\"}", repToken))
                .isEqualTo(204);
        assertThat(orders.get(third, repToken).path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void aPaymentTheRepReportsDoesNotClearTheExposureUntilTheManagerConfirmsIt() {
        String customer = world.customerOf(rep, "1000.00");
        String first = orders.placed(Orders.body(customer, product, 6, 30), repToken);
        assertThat(orders.step(first, "confirmation", "{}", repToken)).isEqualTo(204);
        assertThat(orders.step(first, "shipment", "{\"carrier\":\"顺丰\",\"trackingNumber\":\"SF1\"}", repToken))
                .as("a rep does not record shipments").isEqualTo(403);
        assertThat(orders.step(first, "payments", "{\"amount\":600}", repToken)).isEqualTo(201);
        assertThat(orders.get(first, repToken).path("outstanding").decimalValue()).isEqualByComparingTo("600.00");

        String second = orders.placed(Orders.body(customer, product, 5, 30), repToken);
        assertThat(orders.get(second, repToken).path("status").asText())
                .as("a reported payment is no money received").isEqualTo("CREDIT_HOLD");
        assertThat(probe.awaitEnvelope(second, "OrderPutOnCreditHold").path("data").path("exposure").decimalValue())
                .isEqualByComparingTo("600.00");
        assertThat(probe.seenFor(first)).extracting(envelope -> envelope.path("type").asText())
                .as("nothing about an unconfirmed payment leaves the service").doesNotContain("PaymentReceived");

        JsonNode reported = http.get("/api/orders/" + first + "/payments", repToken).json().path("items").get(0);
        assertThat(reported.path("status").asText()).isEqualTo("REPORTED");
        String paymentId = reported.path("id").asText();
        String managerToken = TestTokens.manager(UUID.randomUUID().toString(), team);
        assertThat(orders.step(first, "payments/" + paymentId + "/confirmation", "{}", managerToken))
                .isEqualTo(204);
        assertThat(orders.get(first, repToken).path("outstanding").decimalValue()).isEqualByComparingTo("0.00");
        String third = orders.placed(Orders.body(customer, product, 4, 30), repToken);
        assertThat(orders.get(third, repToken).path("status").asText()).isEqualTo("PLACED");
    }

    @Test
    void aManagerDoesNotReleaseTheCreditOfTheirOwnOrderButAdminDoes() {
        String sellingManager = TestTokens.manager(rep, team);
        String customer = world.customerOf(rep, "100.00");
        String held = orders.placed(Orders.body(customer, product, 2, 30), sellingManager);
        assertThat(orders.get(held, sellingManager).path("status").asText()).isEqualTo("CREDIT_HOLD");

        assertThat(orders.step(held, "credit-release", "{}", sellingManager)).isEqualTo(403);
        assertThat(orders.get(held, sellingManager).path("status").asText()).isEqualTo("CREDIT_HOLD");
        assertThat(orders.step(held, "credit-release", "{}", TestTokens.admin())).isEqualTo(204);
        assertThat(orders.get(held, sellingManager).path("status").asText()).isEqualTo("PLACED");
    }

    @Test
    void aCancelledOrderNoLongerCountsAndACustomerWithoutLimitIsNeverHeldForAmount() {
        String customer = world.customerOf(rep, "500.00");
        String first = orders.placed(Orders.body(customer, product, 5, 30), repToken);
        assertThat(orders.step(first, "cancellation", "{\"reason\":\"改单\"}", repToken))
                .isEqualTo(204);
        String second = orders.placed(Orders.body(customer, product, 5, 30), repToken);
        assertThat(orders.get(second, repToken).path("status").asText()).isEqualTo("PLACED");

        String unlimited = world.customerOf(rep, null);
        String big = orders.placed(Orders.body(unlimited, product, 100_000, 30), repToken);
        assertThat(orders.get(big, repToken).path("status").asText()).isEqualTo("PLACED");
    }

    @Test
    void concurrentPlacementsForOneCustomerCannotAllSlipUnderTheLimit() throws Exception {
        String customer = world.customerOf(rep, "1000.00");
        int callers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> placed = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                placed.add(pool.submit(() -> {
                    start.await();
                    return orders.placed(Orders.body(customer, product, 3, 30), repToken);
                }));
            }
            start.countDown();
            List<String> statuses = new ArrayList<>();
            for (Future<String> order : placed) {
                statuses.add(orders.get(order.get(30, TimeUnit.SECONDS), repToken).path("status").asText());
            }
            // 300 each against 1000: exactly three fit, whatever the interleaving
            assertThat(statuses).filteredOn("PLACED"::equals).hasSize(3);
            assertThat(statuses).filteredOn("CREDIT_HOLD"::equals).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
