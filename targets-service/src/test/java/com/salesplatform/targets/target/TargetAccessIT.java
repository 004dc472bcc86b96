package com.salesplatform.targets.target;

import static com.salesplatform.targets.support.TargetsApi.allocations;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.targets.support.RosterFeed;
import com.salesplatform.targets.support.TargetsApi;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Object-level access on every target endpoint, checked in the service over real HTTP. */
@ServiceIntegrationTest
class TargetAccessIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RosterReplica roster;

    @Test
    void aTargetTheCallerMayNotSeeIsNotFoundForReadsAndWritesAndOneTheyMaySeeButNotChangeIsForbidden() {
        TargetsApi api = new TargetsApi(port, jdbc);
        RosterFeed rosterFeed = new RosterFeed(roster);
        String manager = UUID.randomUUID().toString();
        String team = rosterFeed.team(manager);
        String rep = rosterFeed.rep(team);
        String otherManager = UUID.randomUUID().toString();
        String otherTeam = rosterFeed.team(otherManager);
        String otherRep = rosterFeed.rep(otherTeam);
        String period = "2027-0" + (1 + Math.abs(team.hashCode() % 9));

        String teamTarget = api.setTarget(TestTokens.manager(manager, team), "TEAM", team, period, "3000.00");
        String repTarget = api.setTarget(TestTokens.manager(manager, team), "REP", rep, period, "1000.00");
        String company = api.setTarget(TestTokens.admin(), "COMPANY", null, period, "9000.00");

        String foreignRep = TestTokens.rep(otherRep, otherTeam);
        for (String target : List.of(teamTarget, repTarget)) {
            assertThat(api.as(foreignRep).get("/api/targets/" + target).status()).isEqualTo(404);
            assertThat(api.as(foreignRep).get("/api/targets/" + target + "/history").status()).isEqualTo(404);
        }
        assertThat(api.as(foreignRep).get("/api/targets/" + company).status()).isEqualTo(200);
        assertThat(api.as(TestTokens.rep(rep, team)).get("/api/targets/" + repTarget).status()).isEqualTo(200);

        String foreignManager = TestTokens.manager(otherManager, otherTeam);
        var unknown = api.as(foreignManager).post("/api/targets/" + UUID.randomUUID() + "/activation", "{}");
        assertThat(unknown.status()).isEqualTo(404);
        for (String target : List.of(teamTarget, repTarget)) {
            for (var write : List.of(List.of("decomposition", "{\"granularity\":\"MONTH\"}"),
                    List.of("allocations", allocations("REP", otherRep, "3000.00")),
                    List.of("adjustments", "{\"amount\":10.00,\"reason\":\"越权\"}"),
                    List.of("activation", "{}"), List.of("closure", "{}"))) {
                for (String outsider : List.of(foreignManager, foreignRep)) {
                    var refused = api.as(outsider).post("/api/targets/" + target + "/" + write.get(0), write.get(1));
                    assertThat(refused.status()).as("%s on a target the caller may not see: %s", write.get(0),
                            refused).isEqualTo(404);
                    assertThat(refused.json().path("type").asText()).isEqualTo(unknown.json().path("type").asText());
                }
            }
        }
        assertThat(api.as(TestTokens.manager(manager, team)).post("/api/targets/" + company + "/adjustments",
                "{\"amount\":10.00,\"reason\":\"经理不能改公司目标\"}").status())
                .as("the company's target is visible to a manager, not changeable").isEqualTo(403);
        assertThat(api.as(TestTokens.rep(rep, team)).post("/api/targets/" + repTarget + "/activation", "{}")
                .status()).isEqualTo(403);
        assertThat(api.eventsStoredFor(teamTarget) + api.eventsStoredFor(repTarget) + api.eventsStoredFor(company))
                .isEqualTo(3);
        assertThat(api.as(TestTokens.manager(manager, team)).post("/api/targets/" + teamTarget + "/activation", "{}")
                .status()).isEqualTo(204);

        assertThat(idsListed(api, foreignRep, period)).contains(company).doesNotContain(teamTarget, repTarget);
        assertThat(idsListed(api, TestTokens.rep(rep, team), period)).contains(company, repTarget)
                .doesNotContain(teamTarget);
        assertThat(idsListed(api, TestTokens.manager(manager, team), period))
                .contains(company, teamTarget, repTarget);
        assertThat(idsListed(api, foreignManager, period)).contains(company).doesNotContain(teamTarget, repTarget);
        JsonNode filtered = api.as(TestTokens.admin()).get("/api/targets?period=" + period + "&scope=REP&ownerId="
                + rep + "&size=1").json();
        assertThat(filtered.path("items")).extracting(item -> item.path("id").asText()).containsExactly(repTarget);
        assertThat(filtered.path("totalItems").asLong()).isEqualTo(1);
        assertThat(api.as(TestTokens.admin()).get("/api/targets?size=500").status()).isEqualTo(400);
    }

    @Test
    void aManagerNeitherSetsNorAdjustsNorAllocatesTheirOwnTargetButAdminDoes() {
        TargetsApi api = new TargetsApi(port, jdbc);
        RosterFeed rosterFeed = new RosterFeed(roster);
        String manager = UUID.randomUUID().toString();
        String team = rosterFeed.team(manager);
        rosterFeed.rep(team, manager);
        String rep = rosterFeed.rep(team);
        String managerToken = TestTokens.manager(manager, team);
        String period = "2027-1" + (Math.abs(team.hashCode() % 3));

        String ownId = UUID.randomUUID().toString();
        var own = api.as(managerToken).post("/api/targets",
                TargetsApi.targetBody("REP", manager, period, "1000.00").replace("{", "{\"id\":\"" + ownId + "\","));
        assertThat(own.status()).as("their own REP target: %s", own).isEqualTo(403);
        assertThat(api.eventsStoredFor(ownId)).isZero();
        String set = api.setTarget(TestTokens.admin(), "REP", manager, period, "1000.00");
        assertThat(api.as(managerToken).get("/api/targets/" + set).status()).isEqualTo(200);
        assertThat(api.as(managerToken).post("/api/targets/" + set + "/adjustments",
                "{\"amount\":500.00,\"reason\":\"自己调低\"}").status()).isEqualTo(403);
        assertThat(api.as(managerToken).post("/api/targets/" + set + "/activation", "{}").status()).isEqualTo(403);

        String teamTarget = api.setTarget(managerToken, "TEAM", team, period, "3000.00");
        assertThat(api.as(managerToken).post("/api/targets/" + teamTarget + "/allocations",
                allocations("REP", rep, "2000.00", manager, "1000.00")).status())
                .as("a share for themself").isEqualTo(403);
        assertThat(api.eventsStoredFor(teamTarget)).isEqualTo(1);
        assertThat(api.as(TestTokens.admin()).post("/api/targets/" + teamTarget + "/allocations",
                allocations("REP", rep, "2000.00", manager, "1000.00")).status()).isEqualTo(204);
        assertThat(api.as(managerToken).post("/api/targets/" + teamTarget + "/allocations",
                allocations("REP", rep, "1500.00", manager, "1500.00")).status())
                .as("a larger share for themself").isEqualTo(403);
        String colleague = rosterFeed.rep(team);
        assertThat(api.as(managerToken).post("/api/targets/" + teamTarget + "/allocations",
                allocations("REP", rep, "1500.00", colleague, "500.00", manager, "1000.00")).status())
                .as("their unchanged share stays while the reps' are re-allocated").isEqualTo(204);
    }

    private static List<String> idsListed(TargetsApi api, String token, String period) {
        var page = api.as(token).get("/api/targets?period=" + period + "&size=200");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().path("items").findValuesAsText("id");
    }
}
