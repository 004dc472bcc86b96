package com.salesplatform.targets.risk;

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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The risk register over real HTTP, PostgreSQL and Kafka, and the target adjustments a risk caused. */
@ServiceIntegrationTest
class RiskRegisterIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RosterReplica roster;

    private TargetsApi api;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe targetsTopic;
    private String manager;
    private String team;
    private String rep;
    private String colleague;

    @BeforeEach
    void setUp() {
        api = new TargetsApi(port, jdbc);
        targetsTopic = topics.on("sales.targets.events");
        RosterFeed rosterFeed = new RosterFeed(roster);
        manager = UUID.randomUUID().toString();
        team = rosterFeed.team(manager);
        rep = rosterFeed.rep(team);
        colleague = rosterFeed.rep(team);
    }

    /** Both plans are optional at identification: a contingency plan may come before the mitigation plan. */
    @Test
    void aRiskIsIdentifiedWithAContingencyPlanAlone() {
        String managerToken = TestTokens.manager(manager, team);
        var identified = api.as(managerToken).post("/api/risks", """
                {"category":"CUSTOMER_DEFAULT","description":"华南客户回款放缓","likelihood":3,"impact":4,
                 "ownerRepId":"%s","contingencyPlan":"启动法务催收"}""".formatted(rep));

        assertThat(identified.status()).as(identified.toString()).isEqualTo(201);
        String risk = identified.json().path("id").asText();
        JsonNode view = api.as(managerToken).get("/api/risks/" + risk).json();
        assertThat(view.path("status").asText()).isEqualTo("MITIGATING");
        assertThat(view.path("score").asInt()).isEqualTo(12);
        assertThat(view.path("contingencyPlan").asText()).isEqualTo("启动法务催收");
        assertThat(view.path("mitigationPlan").isMissingNode()).isTrue();
        JsonNode planned = targetsTopic.awaitEnvelope(risk, "RiskMitigationPlanned");
        Contracts.assertConforms("targets", planned);
        assertThat(planned.path("data").path("contingencyPlan").asText()).isEqualTo("启动法务催收");
    }

    @Test
    void aRiskGoesThroughItsLifeAndListsTheAdjustmentsItCaused() {
        String managerToken = TestTokens.manager(manager, team);
        String target = api.setTarget(managerToken, "TEAM", team, "2027", "1200000.00");
        var identified = api.as(managerToken).post("/api/risks", """
                {"category":"CUSTOMER_DEFAULT","description":"华东最大客户付款连续逾期","ownerRepId":"%s",
                 "targetIds":["%s"],"customerIds":["%s"]}""".formatted(rep, target, UUID.randomUUID()));
        assertThat(identified.status()).as(identified.toString()).isEqualTo(201);
        String risk = identified.json().path("id").asText();
        assertThat(identified.location()).contains("/api/risks/" + risk);

        assertThat(api.as(managerToken).post("/api/risks/" + risk + "/mitigation",
                "{\"mitigationPlan\":\"每周跟进\",\"contingencyPlan\":\"法务催收\"}").status())
                .as("a plan needs an assessment first").isEqualTo(409);
        assertThat(api.as(managerToken).post("/api/risks/" + risk + "/assessment",
                "{\"likelihood\":4,\"impact\":5}").status()).isEqualTo(204);
        assertThat(api.as(managerToken).post("/api/risks/" + risk + "/mitigation",
                "{\"mitigationPlan\":\"每周跟进回款，发货前预付 30%\",\"contingencyPlan\":\"启动法务催收\"}").status())
                .isEqualTo(204);
        assertThat(api.as(managerToken).post("/api/risks/" + risk + "/occurrence",
                "{\"description\":\"客户宣布破产重组\"}").status()).isEqualTo(204);
        var adjusted = api.as(managerToken).post("/api/targets/" + target + "/adjustments",
                "{\"amount\":1080000.00,\"reason\":\"主要客户违约，下调 10%%\",\"riskId\":\"%s\"}".formatted(risk));
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(204);
        assertThat(api.as(managerToken).post("/api/risks/" + risk + "/occurrence",
                "{\"description\":\"again\"}").status()).isEqualTo(409);
        assertThat(api.as(managerToken).post("/api/risks/" + risk + "/closure",
                "{\"resolution\":\"目标已下调，应急预案执行完毕\"}").status()).isEqualTo(204);

        JsonNode view = api.as(managerToken).get("/api/risks/" + risk).json();
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        assertThat(view.path("score").asInt()).isEqualTo(20);
        assertThat(view.path("contingencyPlan").asText()).isEqualTo("启动法务催收");
        assertThat(view.path("occurrence").asText()).isEqualTo("客户宣布破产重组");
        assertThat(view.path("targetIds")).extracting(JsonNode::asText).containsExactly(target);
        JsonNode adjustment = view.path("adjustments").get(0);
        assertThat(adjustment.path("targetId").asText()).isEqualTo(target);
        assertThat(adjustment.path("previousAmount").decimalValue()).isEqualByComparingTo("1200000.00");
        assertThat(adjustment.path("amount").decimalValue()).isEqualByComparingTo("1080000.00");

        for (String type : List.of("RiskIdentified", "RiskAssessed", "RiskMitigationPlanned", "RiskOccurred",
                "RiskClosed")) {
            Contracts.assertConforms("targets", targetsTopic.awaitEnvelope(risk, type));
        }
        JsonNode published = targetsTopic.awaitEnvelope(target, "TargetAdjusted");
        Contracts.assertConforms("targets", published);
        assertThat(published.path("data").path("riskId").asText()).isEqualTo(risk);

        assertThat(api.as(TestTokens.rep(rep, team)).get("/api/risks/" + risk).status()).isEqualTo(200);
        String stranger = TestTokens.rep(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        assertThat(api.as(stranger).get("/api/risks/" + risk).status()).isEqualTo(404);
    }

    @Test
    void theRegisterIsSortedByScoreAndFilteredAndAccessIsChecked() {
        String category = "SUPPLY";
        String low = identify(TestTokens.admin(), category, 1, 2);
        String high = identify(TestTokens.admin(), category, 5, 5);
        String middle = identify(TestTokens.admin(), category, 3, 4);

        JsonNode page = api.as(TestTokens.admin()).get("/api/risks?category=SUPPLY&minScore=2&size=200").json();
        List<String> ids = page.path("items").findValuesAsText("id");
        assertThat(ids).containsSubsequence(high, middle, low);
        List<Integer> scores = page.path("items").findValues("score").stream().map(JsonNode::asInt).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> b - a);
        assertThat(api.as(TestTokens.admin()).get("/api/risks?category=SUPPLY&minScore=13&status=ASSESSED&size=200")
                .json().path("items").findValuesAsText("id")).contains(high).doesNotContain(middle, low);
        assertThat(api.as(TestTokens.admin()).get("/api/risks?minScore=26").status()).isEqualTo(400);

        String repToken = TestTokens.rep(rep, team);
        assertThat(api.as(repToken).get("/api/risks?size=200").json().path("items").findValuesAsText("id"))
                .doesNotContain(high, middle, low);
        var ownRisk = api.as(repToken).post("/api/risks", "{\"category\":\"OTHER\",\"description\":\"客户预算冻结\"}");
        assertThat(ownRisk.status()).as("a rep registers a risk they own").isEqualTo(201);
        assertThat(api.as(repToken).get("/api/risks/" + ownRisk.json().path("id").asText()).json()
                .path("ownerRepId").asText()).isEqualTo(rep);
        assertThat(api.as(repToken).post("/api/risks", "{\"category\":\"OTHER\",\"description\":\"d\",\"ownerRepId\":\"%s\"}"
                .formatted(colleague)).status()).as("but not one for a colleague").isEqualTo(403);
        String otherManager = TestTokens.manager(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        assertThat(api.as(otherManager).post("/api/risks/" + high + "/closure", "{\"resolution\":\"越权\"}")
                .status()).as("an ADMIN's risk without owner is not a manager's to see").isEqualTo(404);
        assertThat(api.as(TestTokens.admin()).post("/api/risks/" + UUID.randomUUID() + "/closure",
                "{\"resolution\":\"r\"}").status()).isEqualTo(404);
    }

    @Test
    void aManagerSeesAndChangesOnlyTheirTeamsRisksAndWhatTheyMayNotSeeIsNotFound() {
        RosterFeed rosterFeed = new RosterFeed(roster);
        String otherManagerId = UUID.randomUUID().toString();
        String otherTeam = rosterFeed.team(otherManagerId);
        String otherRep = rosterFeed.rep(otherTeam);
        String managerToken = TestTokens.manager(manager, team);
        String otherManager = TestTokens.manager(otherManagerId, otherTeam);
        String ours = identify(managerToken, "OTHER", """
                {"category":"OTHER","description":"华东客户预算冻结","likelihood":3,"impact":3,"ownerRepId":"%s"}"""
                .formatted(rep));
        String managersOwn = identify(managerToken, "OTHER", """
                {"category":"OTHER","description":"经理自己的风险","likelihood":2,"impact":2}""");
        String theirs = identify(otherManager, "OTHER", """
                {"category":"OTHER","description":"华南竞品降价","likelihood":4,"impact":4,"ownerRepId":"%s"}"""
                .formatted(otherRep));

        int stored = api.eventsStoredFor(ours);
        assertThat(listed(managerToken)).contains(ours, managersOwn).doesNotContain(theirs);
        assertThat(listed(otherManager)).contains(theirs).doesNotContain(ours, managersOwn);
        assertThat(listed(TestTokens.admin())).contains(ours, managersOwn, theirs);
        assertThat(listed(TestTokens.rep(rep, team))).contains(ours).doesNotContain(managersOwn, theirs);

        var unknown = api.as(otherManager).post("/api/risks/" + UUID.randomUUID() + "/closure",
                "{\"resolution\":\"r\"}");
        assertThat(unknown.status()).isEqualTo(404);
        for (String outsider : List.of(otherManager, TestTokens.rep(otherRep, otherTeam))) {
            assertThat(api.as(outsider).get("/api/risks/" + ours).status()).isEqualTo(404);
            for (var write : List.of(List.of("assessment", "{\"likelihood\":1,\"impact\":1}"),
                    List.of("mitigation", "{\"mitigationPlan\":\"改写\",\"contingencyPlan\":\"改写\"}"),
                    List.of("occurrence", "{\"description\":\"越权\"}"),
                    List.of("closure", "{\"resolution\":\"越权\"}"))) {
                var refused = api.as(outsider).post("/api/risks/" + ours + "/" + write.get(0), write.get(1));
                assertThat(refused.status()).as("%s of another team's risk: %s", write.get(0), refused)
                        .isEqualTo(404);
                assertThat(refused.json().path("type").asText()).isEqualTo(unknown.json().path("type").asText());
            }
        }
        String ourTarget = api.setTarget(managerToken, "TEAM", team, "2027", "500000.00");
        String theirTarget = api.setTarget(otherManager, "TEAM", otherTeam, "2027", "500000.00");
        var foreignRisk = api.as(otherManager).post("/api/targets/" + theirTarget + "/adjustments",
                "{\"amount\":400000.00,\"reason\":\"借用他组风险\",\"riskId\":\"%s\"}".formatted(ours));
        assertThat(foreignRisk.status()).as(foreignRisk.toString()).isEqualTo(400);
        assertThat(foreignRisk.json().path("errors").get(0).path("field").asText()).isEqualTo("riskId");
        var foreignTarget = api.as(otherManager).post("/api/risks", """
                {"category":"OTHER","description":"d","targetIds":["%s"]}""".formatted(ourTarget));
        assertThat(foreignTarget.status()).as(foreignTarget.toString()).isEqualTo(400);
        assertThat(foreignTarget.json().path("errors").get(0).path("field").asText()).isEqualTo("targetIds");
        assertThat(api.as(TestTokens.rep(rep, team)).post("/api/risks/" + ours + "/closure",
                "{\"resolution\":\"r\"}").status()).as("the owner sees it but closing is the manager's")
                .isEqualTo(403);
        assertThat(api.eventsStoredFor(ours)).as("nothing stored by the refusals").isEqualTo(stored);
        assertThat(api.eventsStoredFor(theirTarget)).isEqualTo(1);

        assertThat(api.as(managerToken).post("/api/risks/" + ours + "/closure", "{\"resolution\":\"预算恢复\"}")
                .status()).isEqualTo(204);
        assertThat(api.as(TestTokens.admin()).post("/api/risks/" + theirs + "/closure",
                "{\"resolution\":\"已应对\"}").status()).isEqualTo(204);
    }

    @Test
    void aRejectedRiskStoresAndPublishesNothing() {
        String rejectedId = UUID.randomUUID().toString();
        var halfRated = api.as(TestTokens.admin()).post("/api/risks", """
                {"id":"%s","category":"COMPETITOR","description":"竞品降价 20%%","likelihood":4}""".formatted(rejectedId));
        assertThat(halfRated.status()).as(halfRated.toString()).isEqualTo(400);
        assertThat(halfRated.json().path("errors").get(0).path("field").asText()).isEqualTo("impact");
        var unknownTarget = api.as(TestTokens.admin()).post("/api/risks", """
                {"id":"%s","category":"COMPETITOR","description":"竞品降价","targetIds":["%s"]}"""
                .formatted(rejectedId, UUID.randomUUID()));
        assertThat(unknownTarget.status()).as(unknownTarget.toString()).isEqualTo(400);
        assertThat(unknownTarget.json().path("errors").get(0).path("field").asText()).isEqualTo("targetIds");
        var unknownField = api.as(TestTokens.admin()).post("/api/risks", """
                {"id":"%s","category":"COMPETITOR","description":"竞品降价","severity":3}""".formatted(rejectedId));
        assertThat(unknownField.status()).isEqualTo(400);

        assertThat(api.eventsStoredFor(rejectedId)).isZero();
        String later = identify(TestTokens.admin(), "COMPETITOR", 2, 2);
        targetsTopic.awaitEnvelope(later, "RiskIdentified");
        assertThat(targetsTopic.seenFor(rejectedId)).isEmpty();
    }

    private String identify(String token, String category, int likelihood, int impact) {
        return identify(token, category, """
                {"category":"%s","description":"供应商交付延迟","likelihood":%d,"impact":%d}"""
                .formatted(category, likelihood, impact));
    }

    private String identify(String token, String category, String body) {
        var created = api.as(token).post("/api/risks", body);
        assertThat(created.status()).as("%s risk: %s", category, created).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private List<String> listed(String token) {
        var page = api.as(token).get("/api/risks?category=OTHER&size=200");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().path("items").findValuesAsText("id");
    }
}
