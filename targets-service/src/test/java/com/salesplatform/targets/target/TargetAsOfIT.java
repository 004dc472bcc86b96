package com.salesplatform.targets.target;

import static com.salesplatform.targets.support.TargetsApi.allocations;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.targets.support.RosterFeed;
import com.salesplatform.targets.support.TargetsApi;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A target adjusted twice, looked at as of three instants: the answers come from the event store, so they stay
 * right even after the read model is wiped.
 */
@ServiceIntegrationTest
class TargetAsOfIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RosterReplica roster;
    @Autowired
    private BusinessCalendar calendar;

    @Test
    void answersWhatTheTargetItsChildrenAndItsAllocationWereAtEachInstant() {
        TargetsApi api = new TargetsApi(port, jdbc);
        RosterFeed rosterFeed = new RosterFeed(roster);
        String manager = UUID.randomUUID().toString();
        String team = rosterFeed.team(manager);
        String rep = rosterFeed.rep(team);
        String managerToken = TestTokens.manager(manager, team);

        String target = api.setTarget(managerToken, "TEAM", team, "2027-Q1", "900000.00");
        api.as(managerToken).post("/api/targets/" + target + "/decomposition", "{\"granularity\":\"MONTH\"}");
        api.as(managerToken).post("/api/targets/" + target + "/allocations", allocations("REP", rep, "900000.00"));
        var first = api.as(managerToken).post("/api/targets/" + target + "/adjustments",
                "{\"amount\":1200000.00,\"reason\":\"新客户签约，上调\"}");
        assertThat(first.status()).as(first.toString()).isEqualTo(204);
        api.as(managerToken).post("/api/targets/" + target + "/allocations", allocations("REP", rep, "1200000.00"));
        var second = api.as(managerToken).post("/api/targets/" + target + "/adjustments",
                "{\"amount\":1000000.00,\"reason\":\"竞争对手降价，下调\"}");
        assertThat(second.status()).as(second.toString()).isEqualTo(204);

        JsonNode firstPage = api.as(managerToken).get("/api/targets/" + target + "/history?size=4").json();
        assertThat(firstPage.path("totalItems").asInt()).isEqualTo(6);
        assertThat(firstPage.path("items")).hasSize(4);
        JsonNode history = api.as(managerToken).get("/api/targets/" + target + "/history").json().path("items");
        assertThat(history).extracting(entry -> entry.path("type").asText()).containsExactly("TargetSet",
                "TargetDecomposed", "TargetAllocated", "TargetAdjusted", "TargetAllocated", "TargetAdjusted");
        assertThat(history).allSatisfy(entry -> assertThat(entry.path("actorId").asText()).isEqualTo(manager));
        assertThat(history.get(3).path("reason").asText()).isEqualTo("新客户签约，上调");
        assertThat(history.get(5).path("reason").asText()).isEqualTo("竞争对手降价，下调");
        Instant decomposed = Instant.parse(history.get(1).path("occurredAt").asText());
        Instant allocated = Instant.parse(history.get(2).path("occurredAt").asText());
        Instant firstAdjustment = Instant.parse(history.get(4).path("occurredAt").asText());
        Instant secondAdjustment = Instant.parse(history.get(5).path("occurredAt").asText());

        jdbc.update("DELETE FROM target_allocation WHERE target_id = ?", target);

        assertThat(asOf(api, managerToken, target, decomposed).path("children")).hasSize(3);

        JsonNode atAllocation = asOf(api, managerToken, target, allocated);
        assertThat(atAllocation.path("amount").decimalValue()).isEqualByComparingTo("900000.00");
        assertThat(atAllocation.path("allocations").get(0).path("amount").decimalValue())
                .isEqualByComparingTo("900000.00");
        assertThat(atAllocation.path("children")).as("three months and the rep's allocated target")
                .extracting(child -> child.path("scope").asText()).containsExactly("TEAM", "TEAM", "TEAM", "REP");
        assertThat(atAllocation.path("balanced").asBoolean()).isTrue();

        JsonNode afterFirst = asOf(api, managerToken, target, firstAdjustment);
        assertThat(afterFirst.path("amount").decimalValue()).isEqualByComparingTo("1200000.00");
        assertThat(afterFirst.path("allocations").get(0).path("amount").decimalValue())
                .isEqualByComparingTo("1200000.00");
        assertThat(afterFirst.path("balanced").asBoolean()).as("months still sum to 900,000.00").isFalse();

        JsonNode afterSecond = asOf(api, managerToken, target, secondAdjustment);
        assertThat(afterSecond.path("amount").decimalValue()).isEqualByComparingTo("1000000.00");
        assertThat(afterSecond.path("allocations").get(0).path("amount").decimalValue())
                .isEqualByComparingTo("1200000.00");
        assertThat(afterSecond.path("status").asText()).isEqualTo("DRAFT");

        Instant beforeItExisted = Instant.parse(history.get(0).path("occurredAt").asText()).minusMillis(1);
        assertThat(api.as(managerToken).get("/api/targets/" + target + "?asOf=" + beforeItExisted).status())
                .isEqualTo(404);
        LocalDate today = calendar.dateOf(secondAdjustment);
        var endOfToday = api.as(managerToken).get("/api/targets/" + target + "?asOf=" + today);
        assertThat(endOfToday.status()).as("a date means the end of that day in the company's calendar")
                .isEqualTo(200);
        assertThat(endOfToday.json().path("amount").decimalValue()).isEqualByComparingTo("1000000.00");
        LocalDate setOn = calendar.dateOf(Instant.parse(history.get(0).path("occurredAt").asText()));
        assertThat(api.as(managerToken).get("/api/targets/" + target + "?asOf=" + setOn.minusDays(1)).status())
                .as("the day before it was set").isEqualTo(404);
        var unreadable = api.as(managerToken).get("/api/targets/" + target + "?asOf=yesterday");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.body()).contains("\"asOf\"");
        String outsider = TestTokens.rep(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        assertThat(api.as(outsider).get("/api/targets/" + target + "?asOf=" + secondAdjustment).status())
                .isEqualTo(404);
    }

    private static JsonNode asOf(TargetsApi api, String token, String target, Instant instant) {
        var response = api.as(token).get("/api/targets/" + target + "?asOf=" + instant);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
