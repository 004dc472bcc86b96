package com.salesplatform.targets.target;

import static com.salesplatform.targets.support.TargetsApi.allocations;
import static com.salesplatform.targets.support.TargetsApi.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import com.salesplatform.targets.support.RosterFeed;
import com.salesplatform.targets.support.TargetsApi;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A year of target planning over real HTTP, PostgreSQL and Kafka: decomposition and allocation to the cent, the
 * roster check against events arriving from performance-service's topic, adjustment and balance, the lifecycle,
 * and every published event checked against its contract.
 */
@ServiceIntegrationTest
class TargetPlanningIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RosterReplica roster;

    private TargetsApi api;
    private RosterFeed rosterFeed;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe targetsTopic;
    private final String admin = TestTokens.admin();

    @BeforeEach
    void setUp() {
        api = new TargetsApi(port, jdbc);
        rosterFeed = new RosterFeed(roster);
        targetsTopic = topics.on("sales.targets.events");
    }

    @Test
    void aMillionSplitIntoTwelveMonthsSumsToTheCentAndEveryChildIsAStoredPublishedTarget() {
        String year = api.setTarget(admin, "COMPANY", null, "2027", "1000000.00");

        var decomposed = api.as(admin).post("/api/targets/" + year + "/decomposition", "{\"granularity\":\"MONTH\"}");
        assertThat(decomposed.status()).as(decomposed.toString()).isEqualTo(204);

        JsonNode view = api.as(admin).get("/api/targets/" + year).json();
        JsonNode children = view.path("children");
        assertThat(children).hasSize(12);
        assertThat(sum(children, "amount")).isEqualByComparingTo("1000000.00");
        for (int month = 0; month < 11; month++) {
            assertThat(children.get(month).path("amount").decimalValue()).isEqualByComparingTo("83333.33");
        }
        assertThat(children.get(11).path("amount").decimalValue()).isEqualByComparingTo("83333.37");
        assertThat(children.get(0).path("period").asText()).isEqualTo("2027-01");
        assertThat(view.path("balanced").asBoolean()).isTrue();

        String december = children.get(11).path("id").asText();
        JsonNode child = api.as(admin).get("/api/targets/" + december).json();
        assertThat(child.path("parentTargetId").asText()).isEqualTo(year);
        assertThat(child.path("period").asText()).isEqualTo("2027-12");
        assertThat(api.eventsStoredFor(december)).isEqualTo(1);

        JsonNode decomposition = targetsTopic.awaitEnvelope(year, "TargetDecomposed");
        Contracts.assertConforms("targets", decomposition);
        JsonNode childSet = targetsTopic.awaitEnvelope(december, "TargetSet");
        Contracts.assertConforms("targets", childSet);
        assertThat(childSet.path("data").path("parentTargetId").asText()).isEqualTo(year);
        assertThat(childSet.path("data").path("amount").decimalValue()).isEqualByComparingTo("83333.37");

        var again = api.as(admin).post("/api/targets/" + year + "/decomposition", "{\"granularity\":\"QUARTER\"}");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(api.eventsStoredFor(year)).isEqualTo(2);
    }

    @Test
    void aMillionQuarterSplitIntoThreeMonthsAndAYearByWeights() {
        String quarter = api.setTarget(admin, "COMPANY", null, "2027-Q3", "1000000.00");
        assertThat(api.as(admin).post("/api/targets/" + quarter + "/decomposition", "{\"granularity\":\"MONTH\"}")
                .status()).isEqualTo(204);
        JsonNode months = api.as(admin).get("/api/targets/" + quarter).json().path("children");
        assertThat(months).extracting(month -> month.path("period").asText())
                .containsExactly("2027-07", "2027-08", "2027-09");
        assertThat(months).extracting(month -> month.path("amount").decimalValue().toPlainString())
                .containsExactly("333333.33", "333333.33", "333333.34");

        String year = api.setTarget(admin, "COMPANY", null, "2027", "999999.99");
        var weighted = api.as(admin).post("/api/targets/" + year + "/decomposition",
                "{\"granularity\":\"QUARTER\",\"weights\":[0.1,0.2,0.3,0.4]}");
        assertThat(weighted.status()).as(weighted.toString()).isEqualTo(204);
        JsonNode quarters = api.as(admin).get("/api/targets/" + year).json().path("children");
        assertThat(quarters).extracting(q -> q.path("amount").decimalValue().toPlainString())
                .containsExactly("99999.99", "199999.99", "299999.99", "400000.02");

        String rejected = api.setTarget(admin, "COMPANY", null, "2027", "1000.00");
        var badWeights = api.as(admin).post("/api/targets/" + rejected + "/decomposition",
                "{\"granularity\":\"QUARTER\",\"weights\":[0.5,0.5,0.5,0.5]}");
        assertThat(badWeights.status()).as(badWeights.toString()).isEqualTo(400);
        assertThat(badWeights.json().path("errors").get(0).path("field").asText()).isEqualTo("weights");
        assertThat(api.eventsStoredFor(rejected)).isEqualTo(1);
    }

    @Test
    void aMillionAllocatedToThreeTeamsThenATeamToItsRepsWithTheRosterFromKafka() {
        String manager = UUID.randomUUID().toString();
        String east = rosterFeed.team(manager);
        String north = rosterFeed.team(UUID.randomUUID().toString());
        String south = rosterFeed.team(UUID.randomUUID().toString());
        String company = api.setTarget(admin, "COMPANY", null, "2027", "1000000.00");

        var split = api.as(admin).post("/api/targets/" + company + "/allocations", allocations("TEAM",
                east, "333333.33", north, "333333.33", south, "333333.34"));
        assertThat(split.status()).as(split.toString()).isEqualTo(204);
        JsonNode view = api.as(admin).get("/api/targets/" + company).json();
        assertThat(sum(view.path("allocations"), "amount")).isEqualByComparingTo("1000000.00");
        assertThat(view.path("balanced").asBoolean()).isTrue();
        Contracts.assertConforms("targets", targetsTopic.awaitEnvelope(company, "TargetAllocated"));

        var offByACent = api.as(admin).post("/api/targets/" + company + "/allocations", allocations("TEAM",
                east, "333333.33", north, "333333.33", south, "333333.33"));
        assertThat(offByACent.status()).as(offByACent.toString()).isEqualTo(400);
        assertThat(offByACent.json().path("errors").get(0).path("field").asText()).isEqualTo("allocations");

        var unknownTeam = api.as(admin).post("/api/targets/" + company + "/allocations", allocations("TEAM",
                east, "500000.00", UUID.randomUUID().toString(), "500000.00"));
        assertThat(unknownTeam.status()).as(unknownTeam.toString()).isEqualTo(400);
        assertThat(unknownTeam.json().path("errors").get(0).path("field").asText())
                .isEqualTo("allocations[1].ownerId");

        String zhang = rosterFeed.rep(east);
        String li = rosterFeed.rep(east);
        String leaving = rosterFeed.rep(east);
        String northRep = rosterFeed.rep(north);
        String teamTarget = api.setTarget(TestTokens.manager(manager, east), "TEAM", east, "2027", "333333.33");

        rosterFeed.departure(leaving, east);
        var departed = api.as(TestTokens.manager(manager, east)).post("/api/targets/" + teamTarget + "/allocations",
                allocations("REP", zhang, "111111.11", li, "111111.11", leaving, "111111.11"));
        assertThat(departed.status()).as(departed.toString()).isEqualTo(400);
        assertThat(departed.json().path("errors").get(0).path("field").asText()).isEqualTo("allocations[2].ownerId");

        var otherTeamsRep = api.as(TestTokens.manager(manager, east)).post("/api/targets/" + teamTarget
                + "/allocations", allocations("REP", zhang, "222222.22", northRep, "111111.11"));
        assertThat(otherTeamsRep.status()).as(otherTeamsRep.toString()).isEqualTo(400);
        assertThat(api.eventsStoredFor(teamTarget)).isEqualTo(1);

        rosterFeed.transfer(northRep, north, east);
        var toReps = api.as(TestTokens.manager(manager, east)).post("/api/targets/" + teamTarget + "/allocations",
                allocations("REP", zhang, "111111.11", li, "111111.11", northRep, "111111.11"));
        assertThat(toReps.status()).as(toReps.toString()).isEqualTo(204);

        JsonNode zhangsTarget = repTargetOf(zhang, teamTarget);
        assertThat(zhangsTarget.path("amount").decimalValue()).isEqualByComparingTo("111111.11");
        assertThat(zhangsTarget.path("period").asText()).isEqualTo("2027");
        assertThat(api.as(TestTokens.rep(zhang, east)).get("/api/targets/" + zhangsTarget.path("id").asText())
                .status()).as("the rep sees the target allocated to them").isEqualTo(200);
        assertThat(api.as(TestTokens.manager(manager, east)).get("/api/targets/" + teamTarget).json()
                .path("children")).extracting(child -> child.path("ownerId").asText())
                .containsExactlyInAnyOrder(zhang, li, northRep);

        var dropsARep = api.as(TestTokens.manager(manager, east)).post("/api/targets/" + teamTarget
                + "/allocations", allocations("REP", zhang, "200000.00", li, "133333.33"));
        assertThat(dropsARep.status()).as("a rep holding an allocated target keeps a share").isEqualTo(400);

        var reallocated = api.as(TestTokens.manager(manager, east)).post("/api/targets/" + teamTarget
                + "/allocations", allocations("REP", zhang, "200000.00", li, "100000.00", northRep, "33333.33"));
        assertThat(reallocated.status()).as(reallocated.toString()).isEqualTo(204);
        JsonNode team = api.as(TestTokens.manager(manager, east)).get("/api/targets/" + teamTarget).json();
        assertThat(team.path("allocations")).extracting(a -> a.path("ownerId").asText())
                .containsExactly(zhang, li, northRep);
        String zhangsId = zhangsTarget.path("id").asText();
        await("zhang's target follows the new share").atMost(Duration.ofSeconds(20)).until(() ->
                api.as(admin).get("/api/targets/" + zhangsId).json().path("amount").decimalValue()
                        .compareTo(new BigDecimal("200000.00")) == 0);
        JsonNode zhangsHistory = api.as(admin).get("/api/targets/" + zhangsId + "/history").json().path("items");
        assertThat(zhangsHistory).extracting(entry -> entry.path("type").asText())
                .containsExactly("TargetSet", "TargetAdjusted");
        assertThat(zhangsHistory.get(1).path("reason").asText()).contains(teamTarget);
        await("every share followed").atMost(Duration.ofSeconds(20)).until(() ->
                api.as(admin).get("/api/targets/" + teamTarget).json().path("balanced").asBoolean());
        JsonNode history = api.as(admin).get("/api/targets/" + teamTarget + "/history").json().path("items");
        assertThat(history).extracting(entry -> entry.path("type").asText())
                .containsExactly("TargetSet", "TargetAllocated", "TargetAllocated");
        assertThat(history.get(1).path("data").path("allocations")).hasSize(3);
        assertThat(history.get(2).path("actorId").asText()).isEqualTo(manager);
        Contracts.assertConforms("targets", targetsTopic.awaitEnvelope(zhangsId, "TargetSet"));

        targetsTopic.awaitEnvelopes(teamTarget, "TargetAllocated", 2);
        assertThat(targetsTopic.seenFor(teamTarget)).as("the rejected allocations were never published")
                .extracting(envelope -> envelope.path("type").asText())
                .containsExactly("TargetSet", "TargetAllocated", "TargetAllocated");
    }

    @Test
    void anAdjustedParentIsUnbalancedUntilItsPartsSumToItAgain() {
        String team = rosterFeed.team(UUID.randomUUID().toString());
        String rep = rosterFeed.rep(team);
        String teamTarget = api.setTarget(admin, "TEAM", team, "2027-Q2", "3000.00");
        assertThat(api.as(admin).post("/api/targets/" + teamTarget + "/decomposition",
                "{\"granularity\":\"MONTH\"}").status()).isEqualTo(204);
        assertThat(api.as(admin).post("/api/targets/" + teamTarget + "/allocations",
                allocations("REP", rep, "3000.00")).status()).isEqualTo(204);

        var adjusted = api.as(admin).post("/api/targets/" + teamTarget + "/adjustments",
                "{\"amount\":3300.00,\"reason\":\"新产品上市，上调 10%\"}");
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(204);
        JsonNode view = api.as(admin).get("/api/targets/" + teamTarget).json();
        assertThat(view.path("amount").decimalValue()).isEqualByComparingTo("3300.00");
        assertThat(view.path("balanced").asBoolean()).isFalse();
        JsonNode adjustment = targetsTopic.awaitEnvelope(teamTarget, "TargetAdjusted");
        Contracts.assertConforms("targets", adjustment);
        assertThat(adjustment.path("data").path("previousAmount").decimalValue()).isEqualByComparingTo("3000.00");

        assertThat(api.as(admin).post("/api/targets/" + teamTarget + "/allocations",
                allocations("REP", rep, "3300.00")).status()).isEqualTo(204);
        String repsTarget = repTargetOf(rep, teamTarget).path("id").asText();
        await("the rep's target follows its share").atMost(Duration.ofSeconds(20)).until(() ->
                api.as(admin).get("/api/targets/" + repsTarget).json().path("amount").decimalValue()
                        .compareTo(new BigDecimal("3300.00")) == 0);
        assertThat(api.as(admin).get("/api/targets/" + teamTarget).json().path("balanced").asBoolean())
                .as("the months still sum to 3000.00").isFalse();
        String june = view.path("children").get(2).path("id").asText();
        var juneAdjusted = api.as(admin).post("/api/targets/" + june + "/adjustments",
                "{\"amount\":1300.00,\"reason\":\"随母目标上调\"}");
        assertThat(juneAdjusted.status()).as(juneAdjusted.toString()).isEqualTo(204);
        assertThat(api.as(admin).get("/api/targets/" + teamTarget).json().path("balanced").asBoolean()).isTrue();

        var repAdjusted = api.as(admin).post("/api/targets/" + repsTarget + "/adjustments",
                "{\"amount\":3500.00,\"reason\":\"个人冲刺目标\"}");
        assertThat(repAdjusted.status()).as(repAdjusted.toString()).isEqualTo(204);
        assertThat(api.as(admin).get("/api/targets/" + teamTarget).json().path("balanced").asBoolean())
                .as("the allocated target no longer matches its share").isFalse();
    }

    /** The REP target an allocation of {@code parent} created for {@code rep}. */
    private JsonNode repTargetOf(String rep, String parent) {
        JsonNode items = api.as(admin).get("/api/targets?scope=REP&ownerId=" + rep).json().path("items");
        assertThat(items).as("the REP targets of " + rep).hasSize(1);
        assertThat(items.get(0).path("parentTargetId").asText()).isEqualTo(parent);
        return api.as(admin).get("/api/targets/" + items.get(0).path("id").asText()).json();
    }

    @Test
    void aTargetIsActivatedThenClosedAndOtherTransitionsAreConflicts() {
        String target = api.setTarget(admin, "COMPANY", null, "2027-Q4", "5000.00");
        assertThat(api.as(admin).post("/api/targets/" + target + "/closure", "{}").status()).isEqualTo(409);
        assertThat(api.as(admin).post("/api/targets/" + target + "/activation", "{}").status()).isEqualTo(204);
        assertThat(api.as(admin).get("/api/targets/" + target).json().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(api.as(admin).post("/api/targets/" + target + "/activation", "{}").status()).isEqualTo(409);
        assertThat(api.as(admin).post("/api/targets/" + target + "/closure", "{}").status()).isEqualTo(204);
        var adjustClosed = api.as(admin).post("/api/targets/" + target + "/adjustments",
                "{\"amount\":4000.00,\"reason\":\"太晚了\"}");
        assertThat(adjustClosed.status()).as(adjustClosed.toString()).isEqualTo(409);
        assertThat(adjustClosed.contentType()).startsWith("application/problem+json");
        assertThat(api.as(admin).get("/api/targets/" + target).json().path("status").asText()).isEqualTo("CLOSED");

        for (String type : List.of("TargetActivated", "TargetClosed")) {
            Contracts.assertConforms("targets", targetsTopic.awaitEnvelope(target, type));
        }
        assertThat(api.eventsStoredFor(target)).isEqualTo(3);
    }
}
