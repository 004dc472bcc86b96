package com.salesplatform.targets.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.IdempotentRetries;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The walking slice inside targets-service, over real HTTP, PostgreSQL and Kafka: the roster arrives from
 * performance-service's topic, a manager sets a target, the event is stored and published as the contract says.
 */
@ServiceIntegrationTest
class SetTargetFlowIT {

    private static final String ROSTER_TOPIC = "sales.performance.events";

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RosterReplica roster;

    private final String team = UUID.randomUUID().toString();
    private final String manager = UUID.randomUUID().toString();
    private final String rep = UUID.randomUUID().toString();

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe targetsTopic;

    @BeforeEach
    void rosterArrivesFromPerformanceService() {
        targetsTopic = topics.on("sales.targets.events");
        publishTeamCreated(UUID.randomUUID().toString());
        var repHired = Contracts.exampleData("performance", "RepHired", 1)
                .put("repId", rep).put("teamId", team).put("name", "李娜");
        TopicProbe.publish(ROSTER_TOPIC, team, Contracts.envelope("performance", "RepHired", 1,
                UUID.randomUUID().toString(), rep, repHired));
        await("roster replica").atMost(Duration.ofSeconds(30))
                .until(() -> roster.teamOfActiveRep(rep).isPresent());
    }

    @Test
    void aManagerSetsATeamTargetWhichIsStoredReadableAndPublished() {
        String requestId = "it-" + UUID.randomUUID();
        var created = api(TestTokens.manager(manager, team)).withRequestId(requestId)
                .post("/api/targets", target("TEAM", team, "2027"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(created.location()).contains("/api/targets/" + id);

        JsonNode view = api(TestTokens.manager(manager, team)).get("/api/targets/" + id).json();
        assertThat(view.path("scope").asText()).isEqualTo("TEAM");
        assertThat(view.path("ownerId").asText()).isEqualTo(team);
        assertThat(view.path("amount").decimalValue()).isEqualByComparingTo("1000000.00");
        assertThat(view.path("status").asText()).isEqualTo("DRAFT");
        assertThat(view.path("specific").asText()).isEqualTo("华东区全年新签合同额");
        assertThat(view.path("balanced").asBoolean()).isTrue();

        assertThat(eventsStoredFor(id)).isEqualTo(1);
        JsonNode envelope = targetsTopic.awaitEnvelope(id, "TargetSet");
        Contracts.assertConforms("targets", envelope);
        assertThat(envelope.path("version").asInt()).isEqualTo(1);
        assertThat(envelope.path("source").asText()).isEqualTo("targets-service");
        assertThat(envelope.path("correlationId").asText()).isEqualTo(requestId);
        assertThat(envelope.path("data").path("timeBound").asText()).as("the end of 2027 in Beijing").isEqualTo("2027-12-31T16:00:00Z");
        assertThat(targetsTopic.records()).anySatisfy(record -> {
            assertThat(record.key()).isEqualTo(id);
            assertThat(new String(record.headers().lastHeader("type").value())).isEqualTo("TargetSet");
        });
    }

    @Test
    void aRejectedTargetStoresAndPublishesNothing() {
        String rejectedId = UUID.randomUUID().toString();
        var ended = api(TestTokens.admin()).post("/api/targets",
                target("TEAM", team, "2020").replace("{", "{\"id\":\"" + rejectedId + "\","));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(400);
        assertThat(ended.contentType()).startsWith("application/problem+json");
        assertThat(ended.json().path("errors").get(0).path("field").asText()).isEqualTo("period");

        var unknownOwner = api(TestTokens.admin()).post("/api/targets",
                target("REP", UUID.randomUUID().toString(), "2027").replace("{", "{\"id\":\"" + rejectedId + "\","));
        assertThat(unknownOwner.status()).as(unknownOwner.toString()).isEqualTo(400);
        assertThat(unknownOwner.json().path("errors").get(0).path("field").asText()).isEqualTo("ownerId");

        assertThat(eventsStoredFor(rejectedId)).isZero();
        String later = api(TestTokens.admin()).post("/api/targets", target("COMPANY", null, "2027"))
                .json().path("id").asText();
        targetsTopic.awaitEnvelope(later, "TargetSet");
        assertThat(targetsTopic.seenFor(rejectedId)).isEmpty();
    }

    @Test
    void aClientChosenIdCannotBeUsedTwice() {
        String id = UUID.randomUUID().toString();
        String body = target("TEAM", team, "2027").replace("{", "{\"id\":\"" + id + "\",");
        assertThat(api(TestTokens.admin()).post("/api/targets", body).status()).isEqualTo(201);
        var again = api(TestTokens.admin()).post("/api/targets", body);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(eventsStoredFor(id)).isEqualTo(1);
    }

    @Test
    void objectLevelAccess() {
        String teamTarget = api(TestTokens.manager(manager, team)).post("/api/targets", target("TEAM", team, "2027"))
                .json().path("id").asText();
        String repTarget = api(TestTokens.manager(manager, team)).post("/api/targets", target("REP", rep, "2027-Q4"))
                .json().path("id").asText();
        String otherTeam = UUID.randomUUID().toString();

        assertThat(api(TestTokens.rep(rep, team)).get("/api/targets/" + repTarget).status()).isEqualTo(200);
        assertThat(api(TestTokens.rep(rep, team)).get("/api/targets/" + teamTarget).status()).isEqualTo(404);
        assertThat(api(TestTokens.rep(UUID.randomUUID().toString(), otherTeam)).get("/api/targets/" + repTarget)
                .status()).isEqualTo(404);
        assertThat(api(TestTokens.manager(UUID.randomUUID().toString(), otherTeam))
                .get("/api/targets/" + teamTarget).status()).isEqualTo(404);
        var foreignWrite = api(TestTokens.manager(UUID.randomUUID().toString(), otherTeam))
                .post("/api/targets", target("REP", rep, "2027"));
        assertThat(foreignWrite.status()).as(foreignWrite.toString()).isEqualTo(403);
        assertThat(api(null).post("/api/targets", target("TEAM", team, "2027")).status()).isEqualTo(401);
        assertThat(api(TestTokens.expired(manager, "MANAGER")).get("/api/targets/" + teamTarget).status())
                .isEqualTo(401);
        assertThat(api(TestTokens.fromOtherIssuer(manager, "ADMIN")).get("/api/targets/" + teamTarget).status())
                .isEqualTo(401);
    }

    @Test
    void aDuplicateDeliveryOfARosterEventIsAppliedOnce() {
        String eventId = UUID.randomUUID().toString();
        publishTeamCreated(eventId);
        publishTeamCreated(eventId);
        String lateRep = UUID.randomUUID().toString();
        var repHired = Contracts.exampleData("performance", "RepHired", 1).put("repId", lateRep).put("teamId", team);
        TopicProbe.publish(ROSTER_TOPIC, team, Contracts.envelope("performance", "RepHired", 1,
                UUID.randomUUID().toString(), lateRep, repHired));
        await().atMost(Duration.ofSeconds(30)).until(() -> roster.teamOfActiveRep(lateRep).isPresent());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM inbox_message WHERE event_id = ?", Integer.class,
                eventId)).isEqualTo(1);
    }

    @Test
    void aRetriedTargetWithTheSameIdempotencyKeyIsSetOnce() {
        var first = IdempotentRetries.createOnce(api(TestTokens.manager(manager, team)), "/api/targets",
                target("TEAM", team, "2028"), target("TEAM", team, "2029"),
                IdempotentRetries.eventsOf(jdbc, "SalesTarget"));
        assertThat(eventsStoredFor(first.json().path("id").asText())).isEqualTo(1);
    }

    private void publishTeamCreated(String eventId) {
        var teamCreated = Contracts.exampleData("performance", "TeamCreated", 1)
                .put("teamId", team).put("managerRepId", manager);
        TopicProbe.publish(ROSTER_TOPIC, team, Contracts.envelope("performance", "TeamCreated", 1, eventId, team,
                teamCreated));
    }

    private int eventsStoredFor(String aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, aggregateId);
    }

    private ApiClient api(String token) {
        return ApiClient.onPort(port).as(token);
    }

    private static String target(String scope, String ownerId, String period) {
        return """
                {"scope":"%s",%s"period":"%s","metric":"REVENUE","amount":1000000.00,
                 "specific":"华东区全年新签合同额","achievable":"2026 年实际 80 万，增长 25%%","relevant":"华东扩张战略"}"""
                .formatted(scope, ownerId == null ? "" : "\"ownerId\":\"" + ownerId + "\",", period);
    }
}
