package com.salesplatform.performance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platformtest.ApiClient.Response;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Profile {@code local}: the demo roster is there after startup, and seeding it again creates nothing. Its own
 * context is closed afterwards: left in the test context cache, its inbound consumers would share the consumer
 * groups of the other ITs' context and take some of the facts those tests publish.
 */
@ServiceIntegrationTest
@ActiveProfiles("local")
@DirtiesContext
class DemoRosterIT {

    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final String MANAGER = "5a1e5000-0000-4000-8000-0000000000b1";
    private static final String REP1 = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final String REP2 = "5a1e5000-0000-4000-8000-0000000000c2";

    @Autowired
    private DemoRosterSeeder seeder;
    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theDemoTeamAndItsRepsExistAfterStartup() {
        JsonNode team = get("/api/teams/" + TEAM, TestTokens.admin()).json();
        assertThat(team.path("name").asText()).isEqualTo("华东销售一组");
        assertThat(team.path("managerRepId").asText()).isEqualTo(MANAGER);

        JsonNode reps = get("/api/reps?teamId=" + TEAM, TestTokens.manager(MANAGER, TEAM)).json();
        List<String> names = new ArrayList<>();
        reps.path("items").forEach(rep -> names.add(rep.path("name").asText()));
        assertThat(names).containsExactlyInAnyOrder("王经理", "张伟", "李娜");
        JsonNode manager = get("/api/reps/" + MANAGER, TestTokens.manager(MANAGER, TEAM)).json();
        assertThat(manager.path("grade").asInt()).isEqualTo(5);
        assertThat(manager.path("hiredOn").asText()).isEqualTo("2024-03-01");

        JsonNode rep1Sees = get("/api/reps", TestTokens.rep(REP1, TEAM)).json();
        assertThat(rep1Sees.path("totalItems").asLong()).isEqualTo(1);
        assertThat(rep1Sees.path("items").get(0).path("name").asText()).isEqualTo("张伟");
        assertThat(get("/api/reps/" + REP2, TestTokens.rep(REP2, TEAM)).json().path("grade").asInt())
                .isEqualTo(2);
    }

    @Test
    void seedingAgainAsOnEveryRestartCreatesNothingNew() {
        long before = storedEvents();
        assertThat(before).isEqualTo(4);

        seeder.run(new DefaultApplicationArguments());
        seeder.run(new DefaultApplicationArguments());

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(get("/api/reps?teamId=" + TEAM, TestTokens.admin()).json().path("totalItems").asLong())
                .isEqualTo(3);
    }

    private long storedEvents() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    private Response get(String path, String token) {
        return ApiClient.onPort(port).as(token).get(path);
    }
}
