package com.salesplatform.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.orders.support.Http;
import com.salesplatform.platformtest.ApiClient.Response;
import com.salesplatform.orders.support.Orders;
import com.salesplatform.orders.support.SalesWorld;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ADMIN imports an order of the past: placed and confirmed at the instant it was in fact, which its published events
 * carry (what reporting and performance count its revenue at) with who imported it; it then lives like any confirmed
 * order. Anyone else, a future instant, an unknown customer: refused, nothing stored or published.
 */
@ServiceIntegrationTest
class OrderImportIT {

    /** 23:30 on 31 October in Shanghai: October's revenue, though it is November in UTC only 30 minutes later. */
    private static final Instant LAST_OCTOBER_EVENING = Instant.parse("2026-10-31T15:30:00Z");

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe probe;
    private Http http;
    private SalesWorld world;
    private Orders orders;
    private String admin;
    private String adminToken;
    private String team;
    private String rep;
    private String customer;
    private String sku;

    @BeforeEach
    void setUp() {
        http = Http.onPort(port);
        world = new SalesWorld(http, jdbc);
        orders = new Orders(http);
        probe = topics.on("sales.orders.events");
        admin = UUID.randomUUID().toString();
        adminToken = TestTokens.token(admin, null, "ADMIN");
        team = UUID.randomUUID().toString();
        rep = world.repIn(team);
        customer = world.customerOf(rep, null);
        sku = world.product("客户管理系统 专业版", "1200.00");
    }

    @Test
    void anAdminImportsAnOrderConfirmedInAPastMonth() {
        Response imported = http.post("/api/orders/imports", body(null, LAST_OCTOBER_EVENING),
                adminToken);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String id = imported.json().path("id").asText();
        assertThat(imported.location()).contains("/api/orders/" + id);
        assertThat(imported.json().path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(imported.json().path("total").decimalValue()).isEqualByComparingTo("3060.00");
        assertThat(imported.json().path("repId").asText()).isEqualTo(rep);
        assertThat(imported.json().path("teamId").asText()).isEqualTo(team);
        assertThat(imported.json().path("placedAt").asText()).isEqualTo(LAST_OCTOBER_EVENING.toString());

        JsonNode history = http.get("/api/orders/" + id + "/history", adminToken).json().path("items");
        assertThat(history).extracting(entry -> entry.path("type").asText())
                .containsExactly("OrderPlaced", "OrderConfirmed");
        assertThat(history).allSatisfy(entry -> {
            assertThat(entry.path("actorId").asText()).isEqualTo(admin);
            assertThat(entry.path("data").path("importedBy").asText()).isEqualTo(admin);
        });
        assertThat(history.get(1).path("data").path("confirmedAt").asText())
                .isEqualTo(LAST_OCTOBER_EVENING.toString());

        JsonNode placed = probe.awaitEnvelope(id, "OrderPlaced");
        JsonNode confirmed = probe.awaitEnvelope(id, "OrderConfirmed");
        Contracts.assertConforms("orders", placed);
        Contracts.assertConforms("orders", confirmed);
        assertThat(Instant.parse(placed.path("data").path("placedAt").asText())).isEqualTo(LAST_OCTOBER_EVENING);
        assertThat(Instant.parse(confirmed.path("data").path("confirmedAt").asText()))
                .isEqualTo(LAST_OCTOBER_EVENING);
        assertThat(confirmed.path("data").path("importedBy").asText()).isEqualTo(admin);
        assertThat(Instant.parse(confirmed.path("occurredAt").asText())).as("recorded now, counted then")
                .isAfter(LAST_OCTOBER_EVENING.plus(1, ChronoUnit.DAYS));

        assertThat(orders.step(id, "payments", "{\"amount\":1000}", adminToken)).isEqualTo(201);
        assertThat(orders.step(id, "shipment", "{\"carrier\":\"顺丰速运\",\"trackingNumber\":\"SF7\"}", adminToken))
                .isEqualTo(204);
        JsonNode now = orders.get(id, TestTokens.rep(rep, team));
        assertThat(now.path("status").asText()).as("the owner sees it, and it lives on").isEqualTo("SHIPPED");
        assertThat(now.path("outstanding").decimalValue()).isEqualByComparingTo("2060.00");
    }

    @Test
    void onlyAnAdminImportsAndOnlyThePast() {
        String byManager = UUID.randomUUID().toString();
        assertThat(http.post("/api/orders/imports", body(byManager, LAST_OCTOBER_EVENING),
                TestTokens.manager(UUID.randomUUID().toString(), team)).status())
                .isEqualTo(403);
        String byRep = UUID.randomUUID().toString();
        assertThat(http.post("/api/orders/imports", body(byRep, LAST_OCTOBER_EVENING), TestTokens.rep(rep, team))
                .status()).isEqualTo(403);
        String future = UUID.randomUUID().toString();
        Response tomorrow = http.post("/api/orders/imports",
                body(future, Instant.now().plus(1, ChronoUnit.DAYS)), adminToken);
        assertThat(tomorrow.status()).isEqualTo(400);
        assertThat(tomorrow.json().path("errors").get(0).path("field").asText()).isEqualTo("confirmedAt");
        String undated = UUID.randomUUID().toString();
        Response noDate = http.post("/api/orders/imports", """
                {"id":"%s","customerId":"%s","lines":[{"sku":"%s","quantity":1}],"paymentTermsDays":30}"""
                .formatted(undated, customer, sku), adminToken);
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.json().path("errors").get(0).path("field").asText()).isEqualTo("confirmedAt");
        String unknownCustomer = UUID.randomUUID().toString();
        Response stranger = http.post("/api/orders/imports", """
                {"id":"%s","customerId":"%s","lines":[{"sku":"%s","quantity":1}],"paymentTermsDays":30,
                 "confirmedAt":"%s"}""".formatted(unknownCustomer, UUID.randomUUID(), sku, LAST_OCTOBER_EVENING),
                adminToken);
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.json().path("errors").get(0).path("field").asText()).isEqualTo("customerId");

        String accepted = UUID.randomUUID().toString();
        assertThat(http.post("/api/orders/imports", body(accepted, LAST_OCTOBER_EVENING), adminToken)
                .status()).isEqualTo(201);
        probe.awaitEnvelope(accepted, "OrderConfirmed");
        for (String refused : new String[] {byManager, byRep, future, undated, unknownCustomer}) {
            assertThat(world.storedEventsOf(refused)).as(refused).isZero();
            assertThat(probe.seenFor(refused)).as(refused).isEmpty();
        }
    }

    /** Three licences at 15 % off list: 3 × 1,200.00 × 0.85 = 3,060.00. */
    private String body(String id, Instant confirmedAt) {
        return """
                {%s"customerId":"%s","lines":[{"sku":"%s","quantity":3,"discountPercent":15}],
                 "paymentTermsDays":30,"confirmedAt":"%s"}"""
                .formatted(id == null ? "" : "\"id\":\"" + id + "\",", customer, sku, confirmedAt);
    }
}
