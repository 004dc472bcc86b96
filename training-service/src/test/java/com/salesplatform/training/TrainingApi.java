package com.salesplatform.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The calls the training ITs repeat, over real HTTP. */
public final class TrainingApi {

    private final ApiClient client;
    private final JdbcTemplate jdbc;
    private final RosterReplica roster;

    public TrainingApi(int port, JdbcTemplate jdbc) {
        this.client = ApiClient.onPort(port);
        this.jdbc = jdbc;
        this.roster = new RosterReplica(jdbc);
    }

    public ApiClient as(String token) {
        return client.as(token);
    }

    public String created(String token, String path, String body) {
        ApiClient.Response response = client.as(token).post(path, body);
        assertThat(response.status()).as("%s %s", path, response).isEqualTo(201);
        return response.json().path("id").asText();
    }

    public String course(String title, int passMark, int validMonths) {
        return created(TestTokens.admin(), "/api/courses", """
                {"title":"%s","category":"NEGOTIATION","format":"INTERNAL","durationHours":8,"passMark":%d,
                 "certificationValidMonths":%d}""".formatted(title, passMark, validMonths));
    }

    public String session(String courseId, String startsAt, int capacity) {
        return created(TestTokens.admin(), "/api/courses/" + courseId + "/sessions", """
                {"startsAt":"%s","trainer":"陈老师","capacity":%d,"location":"上海培训中心"}"""
                .formatted(startsAt, capacity));
    }

    public ApiClient.Response enrol(String sessionId, String repId) {
        return client.as(TestTokens.rep(repId, null)).post("/api/sessions/" + sessionId + "/enrollments", "");
    }

    public ApiClient.Response put(String token, String path, String body) {
        return client.as(token).put(path, body);
    }

    /**
     * A team managed by {@code manager} with {@code reps}, published on performance-service's topic as it would, and
     * awaited in the roster replica.
     */
    public void joinRoster(String team, String manager, String... reps) {
        ObjectNode teamCreated = Contracts.exampleData("performance", "TeamCreated", 1)
                .put("teamId", team).put("managerRepId", manager);
        TopicProbe.publish("sales.performance.events", team,
                Contracts.envelope("performance", "TeamCreated", 1, newId(), team, teamCreated));
        for (String rep : reps) {
            ObjectNode repHired = Contracts.exampleData("performance", "RepHired", 1).put("repId", rep)
                    .put("teamId", team);
            TopicProbe.publish("sales.performance.events", rep,
                    Contracts.envelope("performance", "RepHired", 1, newId(), rep, repHired));
        }
        await("the roster replica hears of team " + team).atMost(Duration.ofSeconds(30))
                .until(() -> roster.teamExists(team) && roster.activeRepsOf(team).size() == reps.length);
    }

    /** {@code rep} moved from {@code fromTeam} to {@code toTeam}, as the {@code sequence}-th event of the rep. */
    public void transfer(String rep, String fromTeam, String toTeam, long sequence) {
        ObjectNode transfer = Contracts.exampleData("performance", "RepTransferred", 1).put("repId", rep)
                .put("fromTeamId", fromTeam).put("toTeamId", toTeam);
        TopicProbe.publish("sales.performance.events", rep, Contracts.envelope("performance", "RepTransferred", 1,
                newId(), rep, sequence, transfer, Instant.now()));
    }

    /** {@code rep} left the company from {@code team}, as the {@code sequence}-th event of the rep. */
    public void departure(String rep, String team, long sequence) {
        ObjectNode departure = Contracts.exampleData("performance", "RepDeparted", 1).put("repId", rep)
                .put("teamId", team);
        TopicProbe.publish("sales.performance.events", rep, Contracts.envelope("performance", "RepDeparted", 1,
                newId(), rep, sequence, departure, Instant.now()));
    }

    public long storedEventsOf(String aggregateId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateId);
        return count == null ? 0 : count;
    }

    public static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
