package com.salesplatform.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.ApiClient.Response;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.TopicProbe;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The customer API over real HTTP for the integration tests, and a roster fed through the real Kafka topic. */
final class CustomerApi {

    static final String TOPIC = "sales.customers.events";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiClient http;
    private final JdbcTemplate jdbc;

    CustomerApi(int port, JdbcTemplate jdbc) {
        this.http = ApiClient.onPort(port);
        this.jdbc = jdbc;
    }

    /** A team with its manager and reps, published as performance-service would and awaited in the replica. */
    Team team(int reps) {
        String teamId = UUID.randomUUID().toString();
        String managerId = UUID.randomUUID().toString();
        TopicProbe.publish("sales.performance.events", teamId, Contracts.envelope("performance", "TeamCreated", 1,
                UUID.randomUUID().toString(), teamId, JSON.createObjectNode().put("teamId", teamId)
                        .put("name", "华东" + teamId.substring(0, 6)).put("managerRepId", managerId)));
        String[] repIds = new String[reps + 1];
        repIds[0] = managerId;
        for (int i = 1; i <= reps; i++) {
            repIds[i] = UUID.randomUUID().toString();
        }
        for (String repId : repIds) {
            TopicProbe.publish("sales.performance.events", repId, Contracts.envelope("performance", "RepHired", 1,
                    UUID.randomUUID().toString(), repId, JSON.createObjectNode().put("repId", repId)
                            .put("name", "张伟").put("teamId", teamId).put("grade", 2).put("hiredOn", "2024-03-01")));
        }
        await("reps of team " + teamId + " in the roster replica").atMost(Duration.ofSeconds(30))
                .until(() -> new RosterReplica(jdbc).activeRepsOf(teamId).size() == repIds.length);
        return new Team(teamId, repIds);
    }

    /** Registers a lead owned by the calling rep; answers its id. */
    String lead(String token, String name) {
        Response created = post("/api/customers/leads", """
                {"name":"%s","type":"B2B","channel":"PHONE"}""".formatted(name), token);
        assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(201);
        return created.json().path("id").asText();
    }

    long storedEventsOf(String aggregateId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateId);
        return count == null ? 0 : count;
    }

    Response post(String path, String body, String token) {
        return http.as(token).post(path, body);
    }

    Response put(String path, String body, String token) {
        return http.as(token).put(path, body);
    }

    Response delete(String path, String token) {
        return http.as(token).delete(path);
    }

    Response get(String path, String token) {
        return http.as(token).get(path);
    }

    /** A team of the roster: {@code members[0]} is its manager. */
    record Team(String id, String[] members) {
        String manager() {
            return members[0];
        }

        String rep(int index) {
            return members[index];
        }
    }
}
