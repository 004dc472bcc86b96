package com.salesplatform.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.platformtest.ApiClient.Response;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.IdempotentRetries;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The roster end to end: the command goes in over HTTP, the event lands in the store and on
 * {@code sales.performance.events} as its contract says, the read model answers at once; a rejected command leaves
 * no trace anywhere.
 */
@ServiceIntegrationTest
class RosterIT {

    private static final String TOPIC = "sales.performance.events";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;
    @LocalServerPort
    private int port;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe probe;

    @BeforeEach
    void listen() {
        probe = topics.on(TOPIC);
    }

    @Test
    void aRetriedTeamWithTheSameIdempotencyKeyIsCreatedOnce() {
        String manager = UUID.randomUUID().toString();
        String name = "华北销售" + unique();
        var first = IdempotentRetries.createOnce(ApiClient.onPort(port).as(TestTokens.admin()), "/api/teams",
                "{\"name\":\"%s\",\"managerRepId\":\"%s\"}".formatted(name, manager),
                "{\"name\":\"%s-2\",\"managerRepId\":\"%s\"}".formatted(name, manager),
                IdempotentRetries.eventsOf(jdbc, "Team"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, first.json().path("id").asText())).isEqualTo(1);
    }

    @Test
    void aNewTeamAndRepAreFoundAtOnceAndPublishedAsTheirContractsSay() {
        String manager = UUID.randomUUID().toString();
        String teamName = "华东销售" + unique();
        Response team = post("/api/teams", """
                {"name":"%s","managerRepId":"%s"}""".formatted(teamName, manager), TestTokens.admin());
        assertThat(team.status()).isEqualTo(201);
        String teamId = team.json().path("id").asText();
        assertThat(team.location()).contains("/api/teams/" + teamId);

        JsonNode foundTeam = get(team.location().orElseThrow(), TestTokens.admin()).json();
        assertThat(foundTeam.path("name").asText()).isEqualTo(teamName);
        assertThat(foundTeam.path("managerRepId").asText()).isEqualTo(manager);

        Response rep = post("/api/reps", """
                {"name":"张伟","teamId":"%s","grade":2,"hiredOn":"2024-03-01"}""".formatted(teamId),
                TestTokens.admin());
        assertThat(rep.status()).isEqualTo(201);
        String repId = rep.json().path("id").asText();
        assertThat(rep.location()).contains("/api/reps/" + repId);

        JsonNode foundRep = get("/api/reps/" + repId, TestTokens.admin()).json();
        assertThat(foundRep.path("teamId").asText()).isEqualTo(teamId);
        assertThat(foundRep.path("teamName").asText()).isEqualTo(teamName);
        assertThat(foundRep.path("grade").asInt()).isEqualTo(2);
        assertThat(foundRep.path("hiredOn").asText()).isEqualTo("2024-03-01");
        JsonNode teamReps = get("/api/reps?teamId=" + teamId, TestTokens.admin()).json();
        assertThat(teamReps.path("totalItems").asLong()).isEqualTo(1);
        assertThat(teamReps.path("items").get(0).path("id").asText()).isEqualTo(repId);

        JsonNode teamCreated = probe.awaitEnvelope(teamId, "TeamCreated");
        Contracts.assertConforms("performance", teamCreated);
        assertThat(teamCreated.path("version").asInt()).isEqualTo(1);
        assertThat(teamCreated.path("source").asText()).isEqualTo("performance-service");
        assertThat(teamCreated.path("data")).isEqualTo(JSON.createObjectNode()
                .put("teamId", teamId).put("name", teamName).put("managerRepId", manager));

        JsonNode repHired = probe.awaitEnvelope(repId, "RepHired");
        Contracts.assertConforms("performance", repHired);
        assertThat(repHired.path("data")).isEqualTo(JSON.createObjectNode()
                .put("repId", repId).put("name", "张伟").put("teamId", teamId).put("grade", 2)
                .put("hiredOn", "2024-03-01"));
        assertThat(probe.records()).filteredOn(record -> record.key().equals(repId)).isNotEmpty();
    }

    @Test
    void aManagerHiresOnlyIntoTheirTeamAndEachCallerSeesOnlyWhatTheyMay() {
        String east = createTeam("华东" + unique());
        String south = createTeam("华南" + unique());
        String manager = UUID.randomUUID().toString();
        String managerToken = TestTokens.manager(manager, east);

        Response hired = post("/api/reps", rep("张伟", east, 2), managerToken);
        assertThat(hired.status()).isEqualTo(201);
        String zhang = hired.json().path("id").asText();
        assertThat(post("/api/reps", rep("李娜", south, 2), managerToken).status())
                .isEqualTo(403);
        String li = post("/api/reps", rep("李娜", south, 3), TestTokens.admin()).json().path("id").asText();

        assertThat(ids(get("/api/reps", managerToken).json())).containsExactly(zhang);
        String zhangToken = TestTokens.rep(zhang, east);
        assertThat(ids(get("/api/reps", zhangToken).json())).containsExactly(zhang);
        assertThat(ids(get("/api/reps?teamId=" + south, zhangToken).json())).isEmpty();
        assertThat(get("/api/reps/" + zhang, zhangToken).status()).isEqualTo(200);
        assertThat(get("/api/reps/" + li, zhangToken).status()).isEqualTo(404);
        assertThat(get("/api/reps/" + li, managerToken).status()).isEqualTo(404);
        assertThat(ids(get("/api/reps?teamId=" + south, TestTokens.admin()).json())).containsExactly(li);

        assertThat(ids(get("/api/teams", zhangToken).json())).containsExactly(east);
        assertThat(get("/api/teams/" + south, zhangToken).status()).isEqualTo(404);
        assertThat(post("/api/teams", "{\"name\":\"" + unique() + "\"}", managerToken).status())
                .isEqualTo(403);
        assertThat(get("/api/reps", TestTokens.expired(zhang, "REP")).status())
                .isEqualTo(401);
    }

    @Test
    void rejectedCommandsStoreNothingAndPublishNothing() {
        String teamName = "East Team " + unique();
        String team = createTeam(teamName);
        String sameNameOtherCase = UUID.randomUUID().toString();
        String badGrade = UUID.randomUUID().toString();
        String unknownTeam = UUID.randomUUID().toString();

        Response duplicate = post("/api/teams", """
                {"id":"%s","name":"  %s "}""".formatted(sameNameOtherCase, teamName.toUpperCase()),
                TestTokens.admin());
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");

        Response grade9 = post("/api/reps", """
                {"id":"%s","name":"张伟","teamId":"%s","grade":9,"hiredOn":"2024-03-01"}"""
                .formatted(badGrade, team), TestTokens.admin());
        assertThat(grade9.status()).isEqualTo(400);
        assertThat(grade9.json().path("errors").get(0).path("field").asText()).isEqualTo("grade");

        Response noSuchTeam = post("/api/reps", """
                {"id":"%s","name":"张伟","teamId":"%s","grade":2,"hiredOn":"2024-03-01"}"""
                .formatted(unknownTeam, UUID.randomUUID()), TestTokens.admin());
        assertThat(noSuchTeam.status()).isEqualTo(400);
        assertThat(noSuchTeam.json().path("errors").get(0).path("field").asText()).isEqualTo("teamId");

        String later = post("/api/reps", rep("李娜", team, 2), TestTokens.admin()).json().path("id").asText();
        probe.awaitEnvelope(later, "RepHired");

        for (String rejected : List.of(sameNameOtherCase, badGrade, unknownTeam)) {
            assertThat(storedEventsOf(rejected)).as("events stored for %s", rejected).isZero();
            assertThat(probe.seenFor(rejected)).as("events published for %s", rejected).isEmpty();
        }
        assertThat(get("/api/teams/" + sameNameOtherCase, TestTokens.admin()).status())
                .isEqualTo(404);
        assertThat(get("/api/reps/" + unknownTeam, TestTokens.admin()).status())
                .isEqualTo(404);
    }

    @Test
    void repeatingACreationWithTheSameIdIsAConflictAndCreatesNothingNew() {
        String team = createTeam("华北" + unique());
        String repId = UUID.randomUUID().toString();
        String body = """
                {"id":"%s","name":"赵磊","teamId":"%s","grade":4,"hiredOn":"2023-11-20"}""".formatted(repId, team);

        assertThat(post("/api/reps", body, TestTokens.admin()).status()).isEqualTo(201);
        Response again = post("/api/reps", body, TestTokens.admin());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        Response teamAgain = post("/api/teams", """
                {"id":"%s","name":"%s"}""".formatted(team, unique()), TestTokens.admin());
        assertThat(teamAgain.status()).isEqualTo(409);

        assertThat(storedEventsOf(repId)).isEqualTo(1);
        assertThat(storedEventsOf(team)).isEqualTo(1);
    }

    @Test
    void ofConcurrentCreationsOfOneNameExactlyOneSucceeds() throws Exception {
        String name = "华中" + unique();
        List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString());
        String token = TestTokens.admin();
        ExecutorService callers = Executors.newFixedThreadPool(ids.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String id : ids) {
                answers.add(callers.submit(() -> post("/api/teams", """
                        {"id":"%s","name":"%s"}""".formatted(id, name), token).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(201, 409)
                    .filteredOn(status -> status == 201).hasSize(1);
        } finally {
            callers.shutdownNow();
        }
        assertThat(ids.stream().mapToLong(this::storedEventsOf).sum()).isEqualTo(1);
    }

    @Test
    void aCreationThatLosesTheRaceOnTheNameIndexIsAConflictAndLeavesNoTrace() throws Exception {
        String name = "race-" + unique();
        String loser = UUID.randomUUID().toString();
        try (Connection rival = dataSource.getConnection()) {
            rival.setAutoCommit(false);
            try (PreparedStatement insert = rival.prepareStatement(
                    "INSERT INTO team_directory (team_id, name_key) VALUES (?, ?)")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, name);
                insert.executeUpdate();
            }
            CompletableFuture<Response> answer = CompletableFuture.supplyAsync(() -> post(
                    "/api/teams", "{\"id\":\"%s\",\"name\":\"%s\"}".formatted(loser, name), TestTokens.admin()));
            await("the creation waiting on the name index").atMost(Duration.ofSeconds(10))
                    .until(() -> blockedOnALock() > 0);
            rival.commit();

            Response conflict = answer.get(30, TimeUnit.SECONDS);
            assertThat(conflict.status()).isEqualTo(409);
            assertThat(conflict.json().path("type").asText()).endsWith("/rule-violation");
        }
        assertThat(storedEventsOf(loser)).isZero();
        assertThat(get("/api/teams/" + loser, TestTokens.admin()).status()).isEqualTo(404);
    }

    private String createTeam(String name) {
        Response created = post("/api/teams", "{\"name\":\"" + name + "\"}", TestTokens.admin());
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static String rep(String name, String teamId, int grade) {
        return """
                {"name":"%s","teamId":"%s","grade":%d,"hiredOn":"2024-03-01"}""".formatted(name, teamId, grade);
    }

    private long blockedOnALock() {
        Long waiting = jdbc.queryForObject("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock'""", Long.class);
        return waiting == null ? 0 : waiting;
    }

    private long storedEventsOf(String aggregateId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateId);
        return count == null ? 0 : count;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Response post(String path, String body, String token) {
        return ApiClient.onPort(port).as(token).post(path, body);
    }

    private Response get(String path, String token) {
        return ApiClient.onPort(port).as(token).get(path);
    }
}
