package com.salesplatform.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
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
 * Transfer, promotion, departure and a team's new manager end to end: published as their contracts say, shown at
 * once, and rebuilt from the event store as history and as-of views; a rejected change leaves no trace.
 */
@ServiceIntegrationTest
class RosterChangesIT {

    private static final String TOPIC = "sales.performance.events";
    private static final ObjectMapper JSON = new ObjectMapper();

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
        probe = topics.on(TOPIC);
        admin = ApiClient.onPort(port).as(TestTokens.admin());
    }

    @Test
    void aRepsCareerIsPublishedAndRebuiltAsOfAnyDate() {
        String east = createTeam("华东" + unique());
        String south = createTeam("华南" + unique());
        String rep = hire(east, "2024-03-01");
        String manager = UUID.randomUUID().toString();

        assertThat(admin.post("/api/reps/" + rep + "/transfer", """
                {"toTeamId":"%s","effectiveOn":"2025-01-01"}""".formatted(south)).status()).isEqualTo(204);
        assertThat(admin.post("/api/reps/" + rep + "/promotion", "{\"toGrade\":3}").status()).isEqualTo(204);
        assertThat(admin.post("/api/reps/" + rep + "/departure", "{\"departedOn\":\"2025-06-30\"}").status())
                .isEqualTo(204);
        assertThat(put("/api/teams/" + south + "/manager", "{\"managerRepId\":\"%s\"}".formatted(manager)))
                .isEqualTo(204);

        JsonNode now = admin.get("/api/reps/" + rep).json();
        assertThat(now.path("teamId").asText()).isEqualTo(south);
        assertThat(now.path("grade").asInt()).isEqualTo(3);
        assertThat(now.path("departedOn").asText()).isEqualTo("2025-06-30");
        assertThat(admin.get("/api/teams/" + south).json().path("managerRepId").asText()).isEqualTo(manager);

        JsonNode before = admin.get("/api/reps/" + rep + "?asOf=2024-12-31").json();
        assertThat(before.path("teamId").asText()).isEqualTo(east);
        assertThat(before.hasNonNull("departedOn")).isFalse();
        assertThat(admin.get("/api/reps/" + rep + "?asOf=2025-03-31T23:59:59Z").json().path("teamId").asText())
                .isEqualTo(south);
        assertThat(admin.get("/api/reps/" + rep + "?asOf=2024-02-29").status()).isEqualTo(404);

        List<String> types = new ArrayList<>();
        admin.get("/api/reps/" + rep + "/history").json().path("items").forEach(entry -> types.add(entry.path("type").asText()));
        assertThat(types).containsExactly("RepHired", "RepTransferred", "RepPromoted", "RepDeparted");

        JsonNode transferred = probe.awaitEnvelope(rep, "RepTransferred");
        Contracts.assertConforms("performance", transferred);
        assertThat(transferred.path("data")).isEqualTo(JSON.createObjectNode().put("repId", rep)
                .put("fromTeamId", east).put("toTeamId", south).put("effectiveOn", "2025-01-01"));
        JsonNode promoted = probe.awaitEnvelope(rep, "RepPromoted");
        Contracts.assertConforms("performance", promoted);
        assertThat(promoted.path("data").path("fromGrade").asInt()).isEqualTo(2);
        JsonNode departed = probe.awaitEnvelope(rep, "RepDeparted");
        Contracts.assertConforms("performance", departed);
        assertThat(departed.path("data").path("teamId").asText()).isEqualTo(south);
        JsonNode newManager = probe.awaitEnvelope(south, "TeamManagerAssigned");
        Contracts.assertConforms("performance", newManager);
        assertThat(newManager.path("data").path("managerRepId").asText()).isEqualTo(manager);
    }

    @Test
    void rejectedChangesStoreAndPublishNothing() {
        String east = createTeam("华北" + unique());
        String rep = hire(east, "2024-03-01");
        String other = hire(east, "2024-03-01");
        String managerToken = TestTokens.manager(UUID.randomUUID().toString(), createTeam("西南" + unique()));

        JsonNode badTeam = admin.post("/api/reps/" + rep + "/transfer", """
                {"toTeamId":"%s","effectiveOn":"2025-01-01"}""".formatted(UUID.randomUUID())).json();
        assertThat(badTeam.path("status").asInt()).isEqualTo(400);
        assertThat(badTeam.path("errors").get(0).path("field").asText()).isEqualTo("toTeamId");
        assertThat(admin.post("/api/reps/" + rep + "/departure", "{\"departedOn\":\"2020-01-01\"}").json()
                .path("errors").get(0).path("field").asText()).isEqualTo("departedOn");
        assertThat(admin.post("/api/reps/" + rep + "/promotion", "{\"toGrade\":1}").status()).isEqualTo(409);
        assertThat(ApiClient.onPort(port).as(managerToken).post("/api/reps/" + rep + "/promotion",
                "{\"toGrade\":3}").status()).isEqualTo(404);
        assertThat(ApiClient.onPort(port).as(TestTokens.rep(rep, east)).post("/api/reps/" + rep + "/promotion",
                "{\"toGrade\":3}").status()).isEqualTo(403);

        assertThat(admin.post("/api/reps/" + other + "/promotion", "{\"toGrade\":4}").status()).isEqualTo(204);
        probe.awaitEnvelope(other, "RepPromoted");
        assertThat(storedEventsOf(rep)).isEqualTo(1);
        assertThat(probe.seenFor(rep)).extracting(envelope -> envelope.path("type").asText())
                .containsExactly("RepHired");
    }

    private int put(String path, String body) {
        return admin.put(path, body).status();
    }

    private String createTeam(String name) {
        ApiClient.Response created = admin.post("/api/teams", "{\"name\":\"" + name + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private String hire(String teamId, String hiredOn) {
        ApiClient.Response hired = admin.post("/api/reps", """
                {"name":"张伟","teamId":"%s","grade":2,"hiredOn":"%s"}""".formatted(teamId, hiredOn));
        assertThat(hired.status()).as(hired.toString()).isEqualTo(201);
        return hired.json().path("id").asText();
    }

    private long storedEventsOf(String aggregateId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateId);
        return count == null ? 0 : count;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
