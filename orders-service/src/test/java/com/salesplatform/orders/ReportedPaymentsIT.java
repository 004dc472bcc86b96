package com.salesplatform.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.orders.support.Http;
import com.salesplatform.platformtest.ApiClient.Response;
import com.salesplatform.orders.support.Orders;
import com.salesplatform.orders.support.SalesWorld;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/payments?status=REPORTED}: the payments owners reported and nobody confirmed or rejected yet, across
 * orders, each caller seeing only those of the orders they may see.
 */
@ServiceIntegrationTest
class ReportedPaymentsIT {

    private static final String REPORTED = "/api/payments?status=REPORTED";

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private Http http;
    private Orders orders;
    private SalesWorld world;
    private String team;
    private String product;

    @BeforeEach
    void setUp() {
        http = Http.onPort(port);
        orders = new Orders(http);
        world = new SalesWorld(http, jdbc);
        team = UUID.randomUUID().toString();
        product = world.product("客户管理系统 专业版", "1200.00");
    }

    @Test
    void eachCallerSeesTheReportedPaymentsOfTheOrdersTheyMaySeeUntilTheyAreConfirmedOrRejected() {
        String managerToken = TestTokens.manager(UUID.randomUUID().toString(), team);
        String firstRep = world.repIn(team);
        String secondRep = world.repIn(team);
        String otherTeam = UUID.randomUUID().toString();
        String outsider = world.repIn(otherTeam);
        String outsidersManager = TestTokens.manager(UUID.randomUUID().toString(), otherTeam);

        String firstCustomer = world.customerOf(firstRep, null);
        String firstOrder = confirmedOrder(firstCustomer, TestTokens.rep(firstRep, team), managerToken);
        String deposit = report(firstOrder, "900.00", TestTokens.rep(firstRep, team));
        String secondOrder = confirmedOrder(world.customerOf(secondRep, null), TestTokens.rep(secondRep, team),
                managerToken);
        String secondPayment = report(secondOrder, "100.50", TestTokens.rep(secondRep, team));
        String outsidersOrder = confirmedOrder(world.customerOf(outsider, null), TestTokens.rep(outsider, otherTeam),
                outsidersManager);
        String outsidersPayment = report(outsidersOrder, "50.00", TestTokens.rep(outsider, otherTeam));
        assertThat(orders.step(secondOrder, "payments", "{\"amount\":10}", managerToken))
                .as("a manager's payment is received at once, nothing to confirm").isEqualTo(201);

        JsonNode teamList = list(REPORTED, managerToken);
        assertThat(teamList.path("items")).extracting(item -> item.path("id").asText())
                .as("the team's, oldest first").containsExactly(deposit, secondPayment);
        assertThat(teamList.path("totalItems").asInt()).isEqualTo(2);
        JsonNode first = teamList.path("items").get(0);
        assertThat(first.path("orderId").asText()).isEqualTo(firstOrder);
        assertThat(first.path("customerId").asText()).isEqualTo(firstCustomer);
        assertThat(first.path("repId").asText()).isEqualTo(firstRep);
        assertThat(first.path("teamId").asText()).isEqualTo(team);
        assertThat(first.path("status").asText()).isEqualTo("REPORTED");
        assertThat(first.path("amount").decimalValue()).isEqualByComparingTo("900.00");
        assertThat(http.rawBody(REPORTED, managerToken)).as("money to the cent").contains("\"amount\":900.00");
        assertThat(first.path("currency").asText()).isEqualTo("CNY");
        assertThat(first.path("reportedBy").asText()).isEqualTo(firstRep);
        assertThat(first.path("reportedAt").isTextual()).isTrue();

        JsonNode paged = list(REPORTED + "&page=1&size=1", managerToken);
        assertThat(paged.path("page").asInt()).isEqualTo(1);
        assertThat(paged.path("size").asInt()).isEqualTo(1);
        assertThat(paged.path("totalItems").asInt()).isEqualTo(2);
        assertThat(paged.path("totalPages").asInt()).isEqualTo(2);
        assertThat(paged.path("items")).extracting(item -> item.path("id").asText()).containsExactly(secondPayment);

        assertThat(list(REPORTED, TestTokens.rep(firstRep, team)).path("items"))
                .extracting(item -> item.path("id").asText()).as("a rep: their own").containsExactly(deposit);
        assertThat(list(REPORTED, outsidersManager).path("items")).extracting(item -> item.path("id").asText())
                .containsExactly(outsidersPayment);
        assertThat(adminSees()).contains(deposit, secondPayment, outsidersPayment);

        assertThat(orders.step(firstOrder, "payments/" + deposit + "/confirmation", "{}", managerToken))
                .isEqualTo(204);
        assertThat(orders.step(secondOrder, "payments/" + secondPayment + "/rejection", "{\"reason\":\"未到账\"}",
                managerToken)).isEqualTo(204);
        assertThat(list(REPORTED, managerToken).path("totalItems").asInt()).as("confirmed or rejected: done")
                .isZero();
        assertThat(adminSees()).doesNotContain(deposit, secondPayment).contains(outsidersPayment);
    }

    @Test
    void onlyReportedPaymentsAreListed() {
        String token = TestTokens.manager(UUID.randomUUID().toString(), team);
        for (String path : List.of("/api/payments", "/api/payments?status=RECEIVED", "/api/payments?status=")) {
            Response answer = http.get(path, token);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(http.get("/api/payments?status=RECEIVED", token).json().toString()).contains("status");
        assertThat(http.get(REPORTED + "&size=0", token).status()).isEqualTo(400);
    }

    private String confirmedOrder(String customer, String repToken, String managerToken) {
        String orderId = orders.placed(Orders.body(customer, product, 1, 30), repToken);
        assertThat(orders.step(orderId, "confirmation", "{}", managerToken)).isEqualTo(204);
        return orderId;
    }

    private String report(String orderId, String amount, String ownerToken) {
        Response reported = http.post("/api/orders/" + orderId + "/payments",
                "{\"amount\":" + amount + "}", ownerToken);
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        return reported.json().path("id").asText();
    }

    private JsonNode list(String path, String token) {
        Response answer = http.get(path, token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    /** Every page of ADMIN's list: other tests' reported payments are in it too. */
    private List<String> adminSees() {
        String admin = TestTokens.token(UUID.randomUUID().toString(), null, "ADMIN");
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = list(REPORTED + "&size=200&page=" + page, admin);
            answer.path("items").forEach(item -> ids.add(item.path("id").asText()));
            if (page + 1 >= answer.path("totalPages").asInt()) {
                return ids;
            }
        }
    }
}
