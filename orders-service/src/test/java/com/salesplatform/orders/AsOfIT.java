package com.salesplatform.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.orders.support.Http;
import com.salesplatform.platformtest.ApiClient.Response;
import com.salesplatform.orders.support.Orders;
import com.salesplatform.orders.support.SalesWorld;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code ?asOf=} on a deal and an order, looked at after each of their steps: the answers come from the event store,
 * so they stay right after the read model's detail rows are wiped; a date means the end of that day in the
 * company's calendar; before the first event, and for a caller who may not see it, there is nothing (404).
 */
@ServiceIntegrationTest
class AsOfIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private BusinessCalendar calendar;

    private Http http;
    private SalesWorld world;
    private Orders orders;
    private String team;
    private String rep;
    private String repToken;
    private String managerToken;
    private String customer;

    @BeforeEach
    void setUp() {
        http = Http.onPort(port);
        world = new SalesWorld(http, jdbc);
        orders = new Orders(http);
        team = UUID.randomUUID().toString();
        rep = world.repIn(team);
        repToken = TestTokens.rep(rep, team);
        managerToken = TestTokens.manager(UUID.randomUUID().toString(), team);
        customer = world.customerOf(rep, null);
    }

    @Test
    void aDealAsItWasAfterEachStep() {
        Response opened = http.post("/api/opportunities", """
                {"customerId":"%s","title":"华信贸易 CRM 升级项目","expectedAmount":120000,
                 "expectedCloseDate":"2027-06-30"}""".formatted(customer), repToken);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String id = opened.json().path("id").asText();
        step("/api/opportunities/" + id + "/stage", "{\"stage\":\"NEGOTIATION\"}");
        step("/api/opportunities/" + id + "/negotiation-rounds", """
                {"ourOffer":118000,"counterOffer":105000,"notes":"客户要求增加培训天数"}""");
        step("/api/opportunities/" + id + "/lost", "{\"reason\":\"价格高于竞品\",\"competitor\":\"某竞品公司\"}");
        step("/api/opportunities/" + id + "/stage", "{\"stage\":\"PROPOSAL\"}");
        step("/api/opportunities/" + id + "/won", "{\"amount\":110000,\"reason\":\"方案契合度高\"}");
        List<Instant> at = occurredAt("/api/opportunities/" + id + "/history");
        assertThat(at).hasSize(6);

        jdbc.update("DELETE FROM opportunity_stage_period WHERE opportunity_id = ?", id);
        jdbc.update("DELETE FROM negotiation_round_view WHERE opportunity_id = ?", id);

        JsonNode justOpened = asOf("/api/opportunities/" + id, at.get(0));
        assertThat(justOpened.path("stage").asText()).isEqualTo("PROSPECTING");
        assertThat(justOpened.path("probability").asInt()).isEqualTo(10);
        assertThat(justOpened.path("expectedAmount").decimalValue()).isEqualByComparingTo("120000.00");
        assertThat(justOpened.path("openedAt").asText()).isEqualTo(at.get(0).toString());
        assertThat(stages(justOpened)).containsExactly("PROSPECTING");
        assertThat(justOpened.path("secondsInStage").path("PROSPECTING").asLong()).isZero();
        assertThat(justOpened.path("negotiationRounds")).isEmpty();

        JsonNode negotiating = asOf("/api/opportunities/" + id, at.get(2));
        assertThat(negotiating.path("stage").asText()).isEqualTo("NEGOTIATION");
        assertThat(negotiating.path("probability").asInt()).isEqualTo(75);
        assertThat(stages(negotiating)).containsExactly("PROSPECTING", "NEGOTIATION");
        assertThat(negotiating.path("stages").get(0).path("leftAt").asText()).isEqualTo(at.get(1).toString());
        assertThat(negotiating.path("stages").get(1).path("actorId").asText()).isEqualTo(rep);
        assertThat(negotiating.path("secondsInStage").path("PROSPECTING").asLong())
                .isEqualTo(Duration.between(at.get(0), at.get(1)).toSeconds());
        assertThat(negotiating.path("negotiationRounds")).hasSize(1);
        assertThat(negotiating.path("negotiationRounds").get(0).path("counterOffer").decimalValue())
                .isEqualByComparingTo("105000.00");

        JsonNode lost = asOf("/api/opportunities/" + id, at.get(3));
        assertThat(lost.path("stage").asText()).isEqualTo("LOST");
        assertThat(lost.path("probability").asInt()).isZero();
        assertThat(lost.path("closeReason").asText()).isEqualTo("价格高于竞品");
        assertThat(lost.path("competitor").asText()).isEqualTo("某竞品公司");

        JsonNode reopened = asOf("/api/opportunities/" + id, at.get(4));
        assertThat(reopened.path("stage").asText()).isEqualTo("PROPOSAL");
        assertThat(reopened.path("probability").asInt()).isEqualTo(50);
        assertThat(reopened.has("competitor")).as("open again").isFalse();
        assertThat(stages(reopened)).containsExactly("PROSPECTING", "NEGOTIATION", "LOST", "PROPOSAL");
        assertThat(reopened.path("stages").get(2).path("reason").asText()).isEqualTo("价格高于竞品");
        assertThat(reopened.path("stages").get(2).path("competitor").asText()).isEqualTo("某竞品公司");

        JsonNode won = asOf("/api/opportunities/" + id, at.get(5));
        assertThat(won.path("stage").asText()).isEqualTo("WON");
        assertThat(won.path("probability").asInt()).isEqualTo(100);
        assertThat(won.path("wonAmount").decimalValue()).isEqualByComparingTo("110000.00");
        assertThat(won.path("closeReason").asText()).isEqualTo("方案契合度高");
        assertThat(won.path("secondsInStage").has("WON")).isFalse();

        assertAsOfBoundaries("/api/opportunities/" + id, at, "stage", "WON");
    }

    @Test
    void anOrderAsItWasAfterEachStep() {
        String sku = world.product("客户管理系统 专业版", "1200.00");
        String id = orders.placed(Orders.body(customer, sku, 3, 30), repToken);
        assertThat(orders.step(id, "confirmation", "{}", managerToken)).isEqualTo(204);
        assertThat(orders.step(id, "payments", "{\"amount\":1000}", managerToken)).isEqualTo(201);
        assertThat(orders.step(id, "shipment", "{\"carrier\":\"顺丰速运\",\"trackingNumber\":\"SF100\"}",
                managerToken)).isEqualTo(204);
        assertThat(orders.step(id, "delivery", "{}", managerToken)).isEqualTo(204);
        assertThat(orders.step(id, "payments", "{\"amount\":2600}", managerToken)).isEqualTo(201);
        List<Instant> at = occurredAt("/api/orders/" + id + "/history");
        assertThat(at).as("placed, confirmed, paid 1000, shipped, delivered, paid 2600, PAID").hasSize(7);
        JsonNode now = orders.get(id, repToken);

        jdbc.update("DELETE FROM order_timeline WHERE order_id = ?", id);

        JsonNode placed = asOf("/api/orders/" + id, at.get(0));
        assertThat(placed.path("status").asText()).isEqualTo("PLACED");
        assertThat(placed.path("total").decimalValue()).isEqualByComparingTo("3600.00");
        assertThat(placed.path("paid").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(placed.path("outstanding").decimalValue()).isEqualByComparingTo("3600.00");
        assertThat(placed.path("lines").get(0).path("lineTotal").decimalValue()).isEqualByComparingTo("3600.00");
        assertThat(placed.path("placedAt").asText()).isEqualTo(at.get(0).toString());
        assertThat(placed.path("repId").asText()).isEqualTo(rep);
        assertThat(placed.path("teamId").asText()).isEqualTo(team);
        assertThat(events(placed)).containsExactly("PLACED");

        JsonNode deposit = asOf("/api/orders/" + id, at.get(2));
        assertThat(deposit.path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(deposit.path("paid").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(deposit.path("outstanding").decimalValue()).isEqualByComparingTo("2600.00");
        assertThat(deposit.has("paymentDueAt")).as("due once delivered").isFalse();
        assertThat(events(deposit)).containsExactly("PLACED", "CONFIRMED", "PAYMENT_RECEIVED");
        assertThat(deposit.path("timeline").get(2).path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(deposit.path("timeline").get(2).path("amount").decimalValue()).isEqualByComparingTo("1000.00");

        JsonNode delivered = asOf("/api/orders/" + id, at.get(4));
        assertThat(delivered.path("status").asText()).isEqualTo("DELIVERED");
        assertThat(delivered.path("paymentDueAt").asText()).isEqualTo(now.path("paymentDueAt").asText());
        assertThat(delivered.path("timeline").get(3).path("carrier").asText()).isEqualTo("顺丰速运");
        assertThat(delivered.path("timeline").get(3).path("trackingNumber").asText()).isEqualTo("SF100");

        JsonNode paid = asOf("/api/orders/" + id, at.get(6));
        assertThat(paid.path("status").asText()).isEqualTo("PAID");
        assertThat(paid.path("paid").decimalValue()).isEqualByComparingTo("3600.00");
        assertThat(paid.path("outstanding").decimalValue()).isEqualByComparingTo("0.00");
        for (int entry = 0; entry < at.size(); entry++) {
            ObjectNode replayed = (ObjectNode) paid.path("timeline").get(entry).deepCopy();
            ObjectNode kept = (ObjectNode) now.path("timeline").get(entry).deepCopy();
            assertThat(replayed.remove("at").asText()).as("as the event store keeps it")
                    .isEqualTo(at.get(entry).toString());
            kept.remove("at");
            assertThat(replayed).as("the timeline the projection kept").isEqualTo(kept);
        }

        assertAsOfBoundaries("/api/orders/" + id, at, "status", "PAID");
    }

    /** A date is the end of that local day; before the first event and for an outsider 404; unreadable 400. */
    private void assertAsOfBoundaries(String path, List<Instant> at, String field, String lastValue) {
        LocalDate lastDay = calendar.dateOf(at.get(at.size() - 1));
        assertThat(asOf(path, lastDay.toString()).path(field).asText()).isEqualTo(lastValue);
        assertThat(http.get(path + "?asOf=" + at.get(0).minusMillis(1), repToken).status())
                .as("before it existed").isEqualTo(404);
        assertThat(http.get(path + "?asOf=" + calendar.dateOf(at.get(0)).minusDays(1), repToken).status())
                .as("the day before it existed").isEqualTo(404);
        String otherRep = TestTokens.rep(UUID.randomUUID().toString(), team);
        assertThat(http.get(path + "?asOf=" + at.get(0), otherRep).status())
                .as("another rep's").isEqualTo(404);
        Response unreadable = http.get(path + "?asOf=yesterday", repToken);
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.json().path("errors").get(0).path("field").asText()).isEqualTo("asOf");
    }

    private void step(String path, String body) {
        Response answer = http.post(path, body, repToken);
        assertThat(answer.status()).as(path + " " + answer).isEqualTo(204);
    }

    private JsonNode asOf(String path, Instant instant) {
        return asOf(path, instant.toString());
    }

    private JsonNode asOf(String path, String when) {
        Response answer = http.get(path + "?asOf=" + when, repToken);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private List<Instant> occurredAt(String historyPath) {
        List<Instant> instants = new ArrayList<>();
        http.get(historyPath, repToken).json().path("items")
                .forEach(entry -> instants.add(Instant.parse(entry.path("occurredAt").asText())));
        return instants;
    }

    private static List<String> stages(JsonNode deal) {
        List<String> stages = new ArrayList<>();
        deal.path("stages").forEach(period -> stages.add(period.path("stage").asText()));
        return stages;
    }

    private static List<String> events(JsonNode order) {
        List<String> events = new ArrayList<>();
        order.path("timeline").forEach(entry -> events.add(entry.path("event").asText()));
        return events;
    }
}
