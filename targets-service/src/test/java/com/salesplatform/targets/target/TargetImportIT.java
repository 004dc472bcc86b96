package com.salesplatform.targets.target;

import static com.salesplatform.targets.support.TargetsApi.allocations;
import static com.salesplatform.targets.support.TargetsApi.targetBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import com.salesplatform.targets.support.RosterFeed;
import com.salesplatform.targets.support.TargetsApi;
import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ADMIN records the targets of a month that has ended (a new installation's history): stored, decomposed and
 * allocated like any target, each marked {@code importedBy} in its history and in the published TargetSet; anyone
 * else, and any period that has not begun, is refused with nothing stored or published.
 */
@ServiceIntegrationTest
class TargetImportIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RosterReplica roster;
    @Autowired
    private Clock clock;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe targetsTopic;
    private TargetsApi api;
    private String admin;
    private String team;
    private String rep;
    private YearMonth lastMonth;

    @BeforeEach
    void setUp() {
        targetsTopic = topics.on("sales.targets.events");
        api = new TargetsApi(port, jdbc);
        RosterFeed rosterFeed = new RosterFeed(roster);
        team = rosterFeed.team(UUID.randomUUID().toString());
        rep = rosterFeed.rep(team);
        admin = UUID.randomUUID().toString();
        lastMonth = YearMonth.now(clock).minusMonths(1);
    }

    @Test
    void anAdminImportsAnEndedMonthsTargetAndAllocatesIt() {
        String adminToken = TestTokens.token(admin, null, "ADMIN");
        var created = api.as(adminToken).post("/api/targets/imports",
                targetBody("TEAM", team, lastMonth.toString(), "600000.00"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String target = created.json().path("id").asText();
        assertThat(created.location()).contains("/api/targets/" + target);
        var allocated = api.as(adminToken).post("/api/targets/" + target + "/allocations",
                allocations("REP", rep, "600000.00"));
        assertThat(allocated.status()).as(allocated.toString()).isEqualTo(204);

        JsonNode view = api.as(adminToken).get("/api/targets/" + target).json();
        assertThat(view.path("period").asText()).isEqualTo(lastMonth.toString());
        assertThat(view.path("amount").decimalValue()).isEqualByComparingTo("600000.00");
        assertThat(view.path("balanced").asBoolean()).isTrue();
        JsonNode history = api.as(adminToken).get("/api/targets/" + target + "/history").json().path("items");
        assertThat(history.get(0).path("type").asText()).isEqualTo("TargetSet");
        assertThat(history.get(0).path("actorId").asText()).isEqualTo(admin);
        assertThat(history.get(0).path("data").path("importedBy").asText()).isEqualTo(admin);

        JsonNode repTargets = api.as(adminToken).get("/api/targets?ownerId=" + rep).json().path("items");
        assertThat(repTargets).hasSize(1);
        String repTarget = repTargets.get(0).path("id").asText();
        assertThat(repTargets.get(0).path("period").asText()).isEqualTo(lastMonth.toString());
        assertThat(repTargets.get(0).path("amount").decimalValue()).isEqualByComparingTo("600000.00");

        JsonNode published = targetsTopic.awaitEnvelope(target, "TargetSet");
        Contracts.assertConforms("targets", published);
        assertThat(published.path("data").path("importedBy").asText()).isEqualTo(admin);
        JsonNode repPublished = targetsTopic.awaitEnvelope(repTarget, "TargetSet");
        Contracts.assertConforms("targets", repPublished);
        assertThat(repPublished.path("data").path("importedBy").asText())
                .as("the rep's allocated target is history too").isEqualTo(admin);
        assertThat(repPublished.path("data").path("parentTargetId").asText()).isEqualTo(target);
    }

    @Test
    void onlyAnAdminImportsAndOnlyPeriodsThatHaveBegun() {
        String nextMonth = YearMonth.now(clock).plusMonths(1).toString();
        String[] refused = {UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString()};

        var byManager = api.as(TestTokens.manager(UUID.randomUUID().toString(), team)).post("/api/targets/imports",
                withId(refused[0], targetBody("TEAM", team, lastMonth.toString(), "1000.00")));
        assertThat(byManager.status()).isEqualTo(403);
        var byRep = api.as(TestTokens.rep(rep, team)).post("/api/targets/imports",
                withId(refused[1], targetBody("REP", rep, lastMonth.toString(), "1000.00")));
        assertThat(byRep.status()).isEqualTo(403);
        var next = api.as(TestTokens.token(admin, null, "ADMIN")).post("/api/targets/imports",
                withId(refused[2], targetBody("TEAM", team, nextMonth, "1000.00")));
        assertThat(next.status()).as(next.toString()).isEqualTo(400);
        assertThat(next.body()).contains("\"period\"");
        var future = api.as(TestTokens.token(admin, null, "ADMIN")).post("/api/targets/imports",
                withId(refused[3], targetBody("TEAM", team, String.valueOf(lastMonth.getYear() + 2), "1000.00")));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("\"period\"");
        var ordinary = api.as(TestTokens.token(admin, null, "ADMIN")).post("/api/targets",
                targetBody("TEAM", team, lastMonth.toString(), "1000.00"));
        assertThat(ordinary.status()).as("the ordinary way still refuses an ended period").isEqualTo(400);

        for (String id : refused) {
            assertThat(api.eventsStoredFor(id)).isZero();
            assertThat(targetsTopic.seenFor(id)).isEmpty();
        }
    }

    private static String withId(String id, String body) {
        return "{\"id\":\"" + id + "\"," + body.strip().substring(1);
    }
}
