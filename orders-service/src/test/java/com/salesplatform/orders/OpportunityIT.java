package com.salesplatform.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.orders.support.Http;
import com.salesplatform.platformtest.ApiClient.Response;
import com.salesplatform.orders.support.SalesWorld;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Deals over HTTP: stages forward only, negotiation rounds, won and lost, reopening, time per stage, access. */
@ServiceIntegrationTest
class OpportunityIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private Http http;
    private SalesWorld world;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe probe;
    private String team;
    private String rep;
    private String repToken;
    private String customer;

    @BeforeEach
    void setUp() {
        http = Http.onPort(port);
        world = new SalesWorld(http, jdbc);
        probe = topics.on("sales.orders.events");
        team = UUID.randomUUID().toString();
        rep = world.repIn(team);
        repToken = TestTokens.rep(rep, team);
        customer = world.customerOf(rep, null);
    }

    @Test
    void aDealMovesThroughTheStagesIsNegotiatedAndWon() {
        String id = open(repToken);
        assertThat(step(id, "stage", "{\"stage\":\"NEEDS_ANALYSIS\"}")).isEqualTo(204);
        assertThat(step(id, "stage", "{\"stage\":\"PROSPECTING\"}")).isEqualTo(409);
        assertThat(step(id, "negotiation-rounds", "{\"ourOffer\":118000}")).isEqualTo(409);
        assertThat(step(id, "stage", "{\"stage\":\"NEGOTIATION\"}")).isEqualTo(204);
        assertThat(step(id, "negotiation-rounds", """
                {"ourOffer":118000,"counterOffer":105000,"notes":"客户要求增加培训天数"}""")).isEqualTo(204);
        assertThat(step(id, "negotiation-rounds", "{\"ourOffer\":110000}")).isEqualTo(204);
        assertThat(step(id, "won", "{\"amount\":110000,\"reason\":\"方案契合度高\"}")).isEqualTo(204);
        assertThat(step(id, "lost", "{\"reason\":\"改变主意\"}")).isEqualTo(409);

        JsonNode deal = http.get("/api/opportunities/" + id, repToken).json();
        assertThat(deal.path("stage").asText()).isEqualTo("WON");
        assertThat(deal.path("probability").asInt()).isEqualTo(100);
        assertThat(deal.path("wonAmount").decimalValue()).isEqualByComparingTo("110000.00");
        assertThat(stages(deal)).containsExactly("PROSPECTING", "NEEDS_ANALYSIS", "NEGOTIATION", "WON");
        assertThat(deal.path("stages").get(0).path("leftAt").asText()).isNotEmpty();
        assertThat(deal.path("stages").get(0).path("actorId").asText()).isEqualTo(rep);
        assertThat(deal.path("secondsInStage").path("PROSPECTING").isNumber()).isTrue();
        assertThat(deal.path("secondsInStage").has("WON")).isFalse();
        assertThat(deal.path("negotiationRounds")).hasSize(2);
        assertThat(deal.path("negotiationRounds").get(0).path("counterOffer").decimalValue())
                .isEqualByComparingTo("105000.00");
        assertThat(deal.path("negotiationRounds").get(1).path("round").asInt()).isEqualTo(2);

        for (String type : List.of("OpportunityOpened", "OpportunityStageChanged", "NegotiationRoundRecorded",
                "OpportunityWon")) {
            Contracts.assertConforms("orders", probe.awaitEnvelope(id, type));
        }
        assertThat(probe.awaitEnvelope(id, "OpportunityWon").path("data").path("repId").asText()).isEqualTo(rep);
    }

    @Test
    void aLostDealKeepsItsReasonAndCompetitorAndMayBeReopened() {
        String id = open(repToken);
        assertThat(step(id, "stage", "{\"stage\":\"PROPOSAL\"}")).isEqualTo(204);
        assertThat(step(id, "lost", "{\"reason\":\"价格高于竞品\",\"competitor\":\"某竞品公司\"}"))
                .isEqualTo(204);
        JsonNode lost = http.get("/api/opportunities/" + id, repToken).json();
        assertThat(lost.path("stage").asText()).isEqualTo("LOST");
        assertThat(lost.path("probability").asInt()).isZero();
        assertThat(lost.path("closeReason").asText()).isEqualTo("价格高于竞品");
        assertThat(lost.path("competitor").asText()).isEqualTo("某竞品公司");
        Contracts.assertConforms("orders", probe.awaitEnvelope(id, "OpportunityLost"));

        assertThat(step(id, "stage", "{\"stage\":\"PROPOSAL\"}")).isEqualTo(204);
        JsonNode reopened = http.get("/api/opportunities/" + id, repToken).json();
        assertThat(reopened.path("stage").asText()).isEqualTo("PROPOSAL");
        assertThat(reopened.path("competitor").isMissingNode() || reopened.path("competitor").isNull()).isTrue();
        assertThat(stages(reopened)).containsExactly("PROSPECTING", "PROPOSAL", "LOST", "PROPOSAL");
        JsonNode earlierLoss = reopened.path("stages").get(2);
        assertThat(earlierLoss.path("reason").asText()).isEqualTo("价格高于竞品");
        assertThat(earlierLoss.path("competitor").asText()).isEqualTo("某竞品公司");
        assertThat(reopened.path("stages").get(3).path("reason").isMissingNode()).as("still open").isTrue();
        JsonNode history = http.get("/api/opportunities/" + id + "/history", repToken).json();
        assertThat(history.path("totalItems").asInt()).isEqualTo(4);
        assertThat(history.path("items")).extracting(entry -> entry.path("type").asText()).containsExactly(
                "OpportunityOpened", "OpportunityStageChanged", "OpportunityLost", "OpportunityStageChanged");
        assertThat(history.path("items").get(2).path("reason").asText()).isEqualTo("价格高于竞品");
        assertThat(history.path("items").get(2).path("data").path("competitor").asText()).isEqualTo("某竞品公司");
        assertThat(history.path("items").get(2).path("actorId").asText()).isEqualTo(rep);
        assertThat(ids(http.get("/api/opportunities?repId=" + rep + "&stage=PROPOSAL", repToken).json()))
                .containsExactly(id);
    }

    @Test
    void theListFiltersByCustomer() {
        String id = open(repToken);
        String customer = http.get("/api/opportunities/" + id, repToken).json().path("customerId").asText();
        assertThat(ids(http.get("/api/opportunities?customerId=" + customer, repToken).json())).contains(id);
        assertThat(ids(http.get("/api/opportunities?customerId=" + UUID.randomUUID(), repToken).json()))
                .as("another customer's deals are not this one's").isEmpty();
        assertThat(http.get("/api/opportunities?customerId=nope", repToken).status())
                .isEqualTo(400);
    }

    @Test
    void onlyTheOwnerAndTheirManagerSeeAndChangeADeal() {
        String id = open(repToken);
        String otherRep = TestTokens.rep(world.repIn(team), team);
        assertThat(http.get("/api/opportunities/" + id, otherRep).status()).isEqualTo(404);
        assertThat(http.get("/api/opportunities/" + id + "/history", otherRep).status())
                .isEqualTo(404);
        assertThat(http.post("/api/opportunities/" + id + "/stage", "{\"stage\":\"PROPOSAL\"}", otherRep)
                .status()).isEqualTo(404);
        assertThat(http.post("/api/opportunities", body(null), otherRep).status())
                .isEqualTo(403);
        assertThat(ids(http.get("/api/opportunities?repId=" + rep, otherRep).json())).isEmpty();
        String manager = TestTokens.manager(UUID.randomUUID().toString(), team);
        assertThat(ids(http.get("/api/opportunities?repId=" + rep, manager).json())).containsExactly(id);
        assertThat(http.post("/api/opportunities/" + id + "/stage", "{\"stage\":\"PROPOSAL\"}", manager)
                .status()).isEqualTo(204);
    }

    @Test
    void badInputStoresNothingAndAnIdempotentRetryOpensOneDeal() {
        String rejected = UUID.randomUUID().toString();
        Response bad = http.post("/api/opportunities", """
                {"id":"%s","customerId":"%s","title":"项目","expectedAmount":-1,"expectedCloseDate":"2027-06-30"}"""
                .formatted(rejected, customer), repToken);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("field").asText()).isEqualTo("expectedAmount");

        String key = UUID.randomUUID().toString();
        Response first = http.post("/api/opportunities", body(null), repToken,
                Map.of("Idempotency-Key", key));
        Response retry = http.post("/api/opportunities", body(null), repToken,
                Map.of("Idempotency-Key", key));
        assertThat(retry.status()).isEqualTo(201);
        String id = first.json().path("id").asText();
        assertThat(retry.json().path("id").asText()).isEqualTo(id);
        probe.awaitEnvelope(id, "OpportunityOpened");
        assertThat(world.storedEventsOf(rejected)).isZero();
        assertThat(probe.seenFor(rejected)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM opportunity_view WHERE customer_id = ?", Long.class,
                customer)).isEqualTo(1);
    }

    private String open(String token) {
        Response opened = http.post("/api/opportunities", body(null), token);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String id = opened.json().path("id").asText();
        assertThat(opened.location()).contains("/api/opportunities/" + id);
        return id;
    }

    private String body(String id) {
        return """
                {%s"customerId":"%s","title":"华信贸易 CRM 升级项目","expectedAmount":120000,
                 "expectedCloseDate":"2027-06-30"}"""
                .formatted(id == null ? "" : "\"id\":\"" + id + "\",", customer);
    }

    private int step(String id, String step, String body) {
        return http.post("/api/opportunities/" + id + "/" + step, body, repToken).status();
    }

    private static List<String> stages(JsonNode deal) {
        List<String> stages = new ArrayList<>();
        deal.path("stages").forEach(period -> stages.add(period.path("stage").asText()));
        return stages;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
