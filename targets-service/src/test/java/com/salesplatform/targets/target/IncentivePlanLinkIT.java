package com.salesplatform.targets.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import com.salesplatform.targets.lookup.IncentivePlans;
import com.salesplatform.targets.support.RosterFeed;
import com.salesplatform.targets.support.TargetsApi;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A target names the incentive plan that rewards it, checked against the plans performance-service published on its
 * topic (this service's replica): a known plan covering the period is kept, shown, published and inherited by the
 * parts; an unknown plan or one for another period is a 400 naming {@code incentivePlanId} and nothing is stored.
 */
@ServiceIntegrationTest
class IncentivePlanLinkIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private IncentivePlans plans;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TargetsApi api;
    private TopicProbe targetsTopic;
    private final String admin = TestTokens.admin();

    @BeforeEach
    void setUp() {
        api = new TargetsApi(port, jdbc);
        targetsTopic = topics.on("sales.targets.events");
    }

    @Test
    void aQuarterTargetNamesTheQuartersPlanAndItsMonthsInheritIt() {
        String quarterPlan = planDefined("2027-Q1");
        String id = UUID.randomUUID().toString();

        var created = api.as(admin).post("/api/targets", withPlan(id, "2027-Q1", quarterPlan.toUpperCase()));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode view = api.as(admin).get("/api/targets/" + id).json();
        assertThat(view.path("incentivePlanId").asText()).isEqualTo(quarterPlan);
        JsonNode published = targetsTopic.awaitEnvelope(id, "TargetSet");
        assertThat(published.path("data").path("incentivePlanId").asText()).isEqualTo(quarterPlan);

        var decomposed = api.as(admin).post("/api/targets/" + id + "/decomposition", "{\"granularity\":\"MONTH\"}");
        assertThat(decomposed.status()).as(decomposed.toString()).isEqualTo(204);
        JsonNode february = api.as(admin).get("/api/targets/"
                + api.as(admin).get("/api/targets/" + id).json().path("children").get(1).path("id").asText()).json();
        assertThat(february.path("period").asText()).isEqualTo("2027-02");
        assertThat(february.path("incentivePlanId").asText()).isEqualTo(quarterPlan);
    }

    @Test
    void aYearsPlanCoversAMonthButAMonthsPlanDoesNotCoverItsQuarter() {
        String yearPlan = planDefined("2027");
        String marchPlan = planDefined("2027-03");

        String month = UUID.randomUUID().toString();
        assertThat(api.as(admin).post("/api/targets", withPlan(month, "2027-05", yearPlan)).status()).isEqualTo(201);

        String quarter = UUID.randomUUID().toString();
        var refused = api.as(admin).post("/api/targets", withPlan(quarter, "2027-Q1", marchPlan));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        JsonNode error = refused.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("incentivePlanId");
        assertThat(error.path("message").asText())
                .isEqualTo("rewards 2027-03, which does not cover the target's period 2027-Q1");
        assertNothingStored(quarter);
    }

    @Test
    void anUnknownPlanIsRefusedAndNothingIsStored() {
        String id = UUID.randomUUID().toString();

        var refused = api.as(admin).post("/api/targets", withPlan(id, "2027-Q1", UUID.randomUUID().toString()));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        JsonNode error = refused.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("incentivePlanId");
        assertThat(error.path("message").asText()).isEqualTo("is not a known incentive plan");
        assertNothingStored(id);
    }

    private void assertNothingStored(String id) {
        assertThat(api.eventsStoredFor(id)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM target_summary WHERE target_id = ?", Integer.class, id))
                .isZero();
        assertThat(targetsTopic.seenFor(id)).isEmpty();
    }

    /** performance-service's IncentivePlanDefined, as it publishes it; known to the replica when this returns. */
    private String planDefined(String period) {
        String planId = UUID.randomUUID().toString();
        var data = Contracts.exampleData("performance", "IncentivePlanDefined", 1).put("planId", planId)
                .put("period", period);
        TopicProbe.publish(RosterFeed.TOPIC, planId, Contracts.envelope("performance", "IncentivePlanDefined", 1,
                UUID.randomUUID().toString(), planId, data));
        await("plan in replica").atMost(Duration.ofSeconds(30)).until(() -> plans.periodOf(planId).isPresent());
        return planId;
    }

    private static String withPlan(String id, String period, String planId) {
        String body = TargetsApi.targetBody("COMPANY", null, period, "300000.00");
        return "{\"id\":\"" + id + "\",\"incentivePlanId\":\"" + planId + "\"," + body.substring(1);
    }
}
