package com.salesplatform.performance.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.performance.lookup.InboundEvents;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An appraisal's whole life over HTTP, scored from facts that arrive over Kafka: the points per KPI are the ones a
 * rep computes by hand, each step is published as its contract says, and out-of-order steps are conflicts.
 */
@ServiceIntegrationTest
class AppraisalIT {

    private static final String PERIOD = "2026-10";

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe probe;
    private ApiClient admin;

    @BeforeEach
    void listen() {
        probe = topics.on("sales.performance.events");
        admin = ApiClient.onPort(port).as(TestTokens.admin());
    }

    @Test
    void anAppraisalIsScoredFromItsFactsReviewedAppealedAcknowledgedAndFrozen() {
        String team = createTeam();
        String rep = hire(team);
        String colleague = hire(team);
        String managerId = UUID.randomUUID().toString();
        ApiClient manager = ApiClient.onPort(port).as(TestTokens.manager(managerId, team));
        ApiClient self = ApiClient.onPort(port).as(TestTokens.rep(rep, team));
        publishFacts(rep);

        ApiClient.Response opened = manager.post("/api/appraisals",
                "{\"repId\":\"%s\",\"period\":\"%s\"}".formatted(rep, PERIOD));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String id = opened.json().path("id").asText();
        assertThat(opened.location()).contains("/api/appraisals/" + id);
        JsonNode scored = self.get("/api/appraisals/" + id).json();
        assertThat(points(scored)).containsExactly("43.83", "15.00", "13.50", "0.00");
        assertThat(scored.path("scoreArithmetic").asText()).isEqualTo("43.83 + 15.00 + 13.50 + 0.00 = 72.33");
        assertThat(scored.path("rating").asText()).isEqualTo("C");
        assertThat(scored.path("kpis").get(0).path("arithmetic").asText())
                .isEqualTo("min(87654.32 / 100000.00, 1) = 0.8765; 0.8765 × 50 = 43.83");

        InboundEvents.orderConfirmed(UUID.randomUUID().toString(), rep, "5000.00", "2026-10-20T10:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> bookings(rep) == 2);
        assertThat(manager.post("/api/appraisals/" + id + "/refresh", "{}").status()).isEqualTo(204);
        assertThat(points(self.get("/api/appraisals/" + id).json()).get(0)).isEqualTo("46.33");

        assertThat(self.post("/api/appraisals/" + id + "/review", review(5, 5, 5)).status()).isEqualTo(403);
        assertThat(self.post("/api/appraisals/" + id + "/acknowledgement", "{}").status()).isEqualTo(409);
        assertThat(manager.post("/api/appraisals/" + id + "/review", review(4, 5, 3)).status()).isEqualTo(204);
        JsonNode reviewed = self.get("/api/appraisals/" + id).json();
        assertThat(reviewed.path("status").asText()).isEqualTo("REVIEWED");
        assertThat(reviewed.path("score").decimalValue()).isEqualByComparingTo("86.83");
        assertThat(reviewed.path("review").path("feedback").asText()).isEqualTo("回款跟进及时");
        assertThat(manager.post("/api/appraisals/" + id + "/refresh", "{}").status()).isEqualTo(409);

        assertThat(self.post("/api/appraisals/" + id + "/appeal", "{\"reason\":\"10 月 20 日的订单应计入\"}").status())
                .isEqualTo(204);
        assertThat(admin.post("/api/appraisals/" + id + "/review", review(5, 5, 5)).status())
                .as("an ADMIN reviews an appeal as the rep's manager would").isEqualTo(204);
        assertThat(self.post("/api/appraisals/" + id + "/acknowledgement", "{}").status()).isEqualTo(204);
        assertThat(manager.post("/api/appraisals/" + id + "/finalization", "{}").status()).isEqualTo(204);
        JsonNode finalized = self.get("/api/appraisals/" + id).json();
        assertThat(finalized.path("status").asText()).isEqualTo("FINALIZED");
        assertThat(finalized.path("score").decimalValue()).isEqualByComparingTo("89.83");
        assertThat(finalized.path("rating").asText()).isEqualTo("B");
        assertThat(manager.post("/api/appraisals/" + id + "/finalization", "{}").status()).isEqualTo(409);
        assertThat(manager.post("/api/appraisals", "{\"repId\":\"%s\",\"period\":\"%s\"}".formatted(rep, PERIOD))
                .status()).isEqualTo(409);

        assertThat(ApiClient.onPort(port).as(TestTokens.rep(colleague, team)).get("/api/appraisals/" + id).status())
                .isEqualTo(404);
        assertThat(ApiClient.onPort(port).as(TestTokens.manager(managerId, createTeam())).get("/api/appraisals/" + id)
                .status()).isEqualTo(404);

        assertThat(ids(manager.get("/api/appraisals?teamId=" + team + "&status=FINALIZED").json()))
                .containsExactly(id);
        assertThat(ids(self.get("/api/appraisals?period=" + PERIOD).json())).containsExactly(id);
        assertThat(ids(manager.get("/api/appraisals?repId=" + rep + "&status=OPEN").json())).isEmpty();
        assertThat(ids(ApiClient.onPort(port).as(TestTokens.rep(colleague, team)).get("/api/appraisals?repId=" + rep)
                .json())).as("a colleague sees none of it").isEmpty();
        assertThat(ids(ApiClient.onPort(port).as(TestTokens.manager(managerId, createTeam()))
                .get("/api/appraisals?repId=" + rep).json())).as("another team's manager neither").isEmpty();
        ApiClient.Response badPeriod = manager.get("/api/appraisals?period=2027-13");
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.json().path("errors").get(0).path("field").asText()).isEqualTo("period");

        for (String type : List.of("AppraisalOpened", "AppraisalScored", "AppraisalReviewed", "AppraisalAppealed",
                "AppraisalAcknowledged", "AppraisalFinalized")) {
            Contracts.assertConforms("performance", probe.awaitEnvelope(id, type));
        }
        assertThat(probe.awaitEnvelope(id, "AppraisalFinalized").path("data").path("rating").asText()).isEqualTo("B");
    }

    @Test
    void aRejectedOpeningStoresAndPublishesNothing() {
        String team = createTeam();
        String rep = hire(team);
        String other = hire(team);

        ApiClient.Response badWeights = admin.post("/api/appraisals", """
                {"repId":"%s","period":"%s","weights":{"attainment":50,"activity":20,"satisfaction":15,"behaviour":5}}"""
                .formatted(rep, PERIOD));
        assertThat(badWeights.status()).isEqualTo(400);
        assertThat(badWeights.json().path("errors").get(0).path("field").asText()).isEqualTo("weights");
        ApiClient.Response future = admin.post("/api/appraisals", "{\"repId\":\"%s\",\"period\":\"2099-01\"}"
                .formatted(rep));
        assertThat(future.json().path("errors").get(0).path("field").asText()).isEqualTo("period");

        String later = admin.post("/api/appraisals", "{\"repId\":\"%s\",\"period\":\"%s\"}".formatted(other, PERIOD))
                .json().path("id").asText();
        probe.awaitEnvelope(later, "AppraisalOpened");
        long storedBefore = events(later);

        ApiClient.Response duplicate = admin.post("/api/appraisals", """
                {"repId":"%s","period":"%s","weights":{"attainment":40,"activity":30,"satisfaction":15,"behaviour":15}}"""
                .formatted(other.toUpperCase(), PERIOD));
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        assertThat(duplicate.json().path("type").asText())
                .isEqualTo("https://sales-platform.dev/problems/already-exists");
        assertThat(duplicate.json().path("existingAppraisalId").asText()).isEqualTo(later);
        assertThat(events(later)).as("nothing of the second opening is stored").isEqualTo(storedBefore);
        assertThat(admin.get("/api/appraisals/" + later).json().path("weights").path("attainment").asInt())
                .isEqualTo(50);
        assertThat(admin.post("/api/appraisals/" + later + "/review", review(4, 4, 4)).status()).isEqualTo(204);
        probe.awaitEnvelope(later, "AppraisalReviewed");
        assertThat(probe.seenFor(later)).as("nothing of it is published before the review that came after it")
                .filteredOn(envelope -> envelope.path("type").asText().equals("AppraisalOpened")).hasSize(1);

        for (String rejected : List.of(appraisalId(rep, PERIOD), appraisalId(rep, "2099-01"))) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                    Long.class, rejected)).isZero();
            assertThat(probe.seenFor(rejected)).isEmpty();
        }
    }

    /** A rep without a VISITS target: activity is their new leads against their prospecting plan, 3 of 4. */
    @Test
    void withoutAVisitsTargetActivityScoresNewLeadsAgainstTheProspectingPlan() {
        String team = createTeam();
        String rep = hire(team);
        InboundEvents.targetSet(rep, "REVENUE", PERIOD, "100000.00");
        InboundEvents.publish("customers", "ProspectingPlanSet", rep, Contracts.exampleData("customers",
                "ProspectingPlanSet", 1).put("repId", rep).put("month", PERIOD).put("minimumNewLeads", 4),
                "2026-09-25T08:00:00Z");
        for (String day : List.of("2026-10-02", "2026-10-09", "2026-10-16")) {
            InboundEvents.customerEvent("LeadRegistered", rep, day + "T08:00:00Z", InboundEvents.data());
        }
        InboundEvents.customerEvent("LeadRegistered", rep, "2026-11-02T08:00:00Z", InboundEvents.data());
        await().atMost(Duration.ofSeconds(30)).until(() -> count("fact_customer_activity", rep) == 4
                && count("fact_prospecting_plan", rep) == 1 && count("fact_target", rep) == 1);

        ApiClient.Response opened = ApiClient.onPort(port).as(TestTokens.manager(UUID.randomUUID().toString(), team))
                .post("/api/appraisals", "{\"repId\":\"%s\",\"period\":\"%s\"}".formatted(rep, PERIOD));

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        JsonNode activity = ApiClient.onPort(port).as(TestTokens.rep(rep, team))
                .get("/api/appraisals/" + opened.json().path("id").asText()).json().path("kpis").get(1);
        assertThat(activity.path("points").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(activity.path("arithmetic").asText()).isEqualTo(
                "no VISITS target, new leads against the prospecting plan: min(3 / 4, 1) = 0.7500; 0.7500 × 20 = 15.00");
    }

    private void publishFacts(String rep) {
        InboundEvents.targetSet(rep, "REVENUE", PERIOD, "100000.00");
        InboundEvents.targetSet(rep, "VISITS", PERIOD, "4");
        InboundEvents.orderConfirmed(UUID.randomUUID().toString(), rep, "87654.32", "2026-10-05T10:00:00Z");
        InboundEvents.customerEvent("CommunicationLogged", rep, "2026-10-02T08:00:00Z", InboundEvents.data());
        InboundEvents.customerEvent("CommunicationLogged", rep, "2026-10-03T08:00:00Z", InboundEvents.data());
        InboundEvents.customerEvent("FollowUpCompleted", rep, "2026-10-04T08:00:00Z",
                InboundEvents.data().put("followUpId", UUID.randomUUID().toString()));
        InboundEvents.customerEvent("SatisfactionRecorded", rep, "2026-10-07T08:00:00Z",
                InboundEvents.data().put("score", 5));
        InboundEvents.customerEvent("SatisfactionRecorded", rep, "2026-10-08T08:00:00Z",
                InboundEvents.data().put("score", 4));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("fact_target", rep) == 2 && bookings(rep) == 1
                && count("fact_customer_activity", rep) == 5);
    }

    private long events(String aggregateId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateId);
        return count == null ? 0 : count;
    }

    private long bookings(String rep) {
        return count("fact_booking", rep);
    }

    private long count(String table, String repId) {
        String owner = table.equals("fact_target") ? "owner_id" : "rep_id";
        Long count = jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE " + owner + " = ?", Long.class,
                repId);
        return count == null ? 0 : count;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new java.util.ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static List<String> points(JsonNode appraisal) {
        List<String> points = new ArrayList<>();
        appraisal.path("kpis").forEach(kpi -> points.add(kpi.path("points").decimalValue()
                .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()));
        return points;
    }

    private static String review(int process, int teamwork, int learning) {
        return """
                {"processAdherence":%d,"teamwork":%d,"learning":%d,"feedback":"回款跟进及时"}"""
                .formatted(process, teamwork, learning);
    }

    private static String appraisalId(String rep, String period) {
        return UUID.nameUUIDFromBytes(("appraisal/" + rep + "/" + period).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private String createTeam() {
        return admin.post("/api/teams", "{\"name\":\"华东" + UUID.randomUUID().toString().substring(0, 8) + "\"}")
                .json().path("id").asText();
    }

    private String hire(String team) {
        return admin.post("/api/reps", """
                {"name":"张伟","teamId":"%s","grade":2,"hiredOn":"2024-03-01"}""".formatted(team))
                .json().path("id").asText();
    }
}
