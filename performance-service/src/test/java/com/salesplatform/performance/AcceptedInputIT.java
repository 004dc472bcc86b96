package com.salesplatform.performance;

import static com.salesplatform.platformtest.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ADR 0013 on the roster API: a team command sent with a rep's id is a 404 and changes neither; a hiring date
 * beyond the accepted years or NUL in a name is a 400 naming the field.
 */
@ServiceIntegrationTest
class AcceptedInputIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void assigningAManagerToARepsIdIsNotFoundAndStoresNothing() {
        String team = created("/api/teams", "{\"name\":\"华东" + UUID.randomUUID().toString().substring(0, 6) + "\"}");
        String rep = created("/api/reps", "{\"name\":\"张伟\",\"teamId\":\"%s\",\"grade\":2,\"hiredOn\":\"2024-03-01\"}"
                .formatted(team));
        long events = storedEventsOf(rep);

        var answer = admin().put("/api/teams/" + rep + "/manager", "{\"managerRepId\":\"" + rep + "\"}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(storedEventsOf(rep)).isEqualTo(events);
    }

    @Test
    void aHiringDateBeyondTheAcceptedYearsOrNulInANameIsRefusedNamingTheField() {
        String team = created("/api/teams", "{\"name\":\"华南" + UUID.randomUUID().toString().substring(0, 6) + "\"}");
        assertRejected(admin().post("/api/reps", "{\"name\":\"张伟\",\"teamId\":\"%s\",\"grade\":2,"
                .formatted(team) + "\"hiredOn\":\"-999999999-01-01\"}"), "hiredOn");
        assertRejected(admin().post("/api/reps", "{\"name\":\"张\\u0000伟\",\"teamId\":\"%s\",\"grade\":2,"
                .formatted(team) + "\"hiredOn\":\"2024-03-01\"}"), "name");
        assertRejected(admin().get("/api/reps?teamId=a%00b"), "teamId");
    }

    private String created(String path, String body) {
        var answer = admin().post(path, body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().path("id").asText();
    }

    private ApiClient admin() {
        return ApiClient.onPort(port).as(TestTokens.admin());
    }

    private long storedEventsOf(String aggregateId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateId);
        return count == null ? 0 : count;
    }
}
