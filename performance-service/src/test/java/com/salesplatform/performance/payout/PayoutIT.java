package com.salesplatform.performance.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.performance.lookup.InboundEvents;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Incentive plans and payout runs over HTTP: tiered commission, target and team bonus explained line by line, a
 * re-run identical to the first, and an order cancelled after a run adjusting the next run.
 */
@ServiceIntegrationTest
class PayoutIT {

    private static final String PLAN = """
            {"name":"2026 年提成方案","period":"2026","targetBonus":1000.00,"teamBonus":500.00,"tiers":[
             {"fromPercent":0,"toPercent":80,"ratePercent":2},{"fromPercent":80,"toPercent":100,"ratePercent":4},
             {"fromPercent":100,"toPercent":null,"ratePercent":6}]}""";

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe probe;
    private ApiClient admin;

    @BeforeEach
    void listen() {
        probe = topics.on("sales.performance.events");
        admin = ApiClient.onPort(port).as(TestTokens.admin());
    }

    @Test
    void aRunExplainsEachPayoutIsReproducibleAndALaterCancellationAdjustsTheNextRun() {
        ApiClient.Response plan = admin.post("/api/incentive-plans", PLAN);
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        String planId = plan.json().path("id").asText();
        Contracts.assertConforms("performance", probe.awaitEnvelope(planId, "IncentivePlanDefined"));
        var definedPlan = admin.get("/api/incentive-plans/" + planId).json();
        assertThat(definedPlan.path("tiers").size()).isEqualTo(3);
        assertThat(definedPlan.path("id").asText()).isEqualTo(planId);
        assertThat(definedPlan.has("planId")).as("one name for an id").isFalse();

        String team = admin.post("/api/teams", "{\"name\":\"华南" + UUID.randomUUID().toString().substring(0, 8)
                + "\"}").json().path("id").asText();
        String rep = admin.post("/api/reps", """
                {"name":"李娜","teamId":"%s","grade":2,"hiredOn":"2024-03-01"}""".formatted(team))
                .json().path("id").asText();
        InboundEvents.targetSet(rep, "REVENUE", "2026-09", "100000.00");
        InboundEvents.orderConfirmed(UUID.randomUUID().toString(), rep, "70000.00", "2026-09-03T10:00:00Z");
        String cancelled = UUID.randomUUID().toString();
        InboundEvents.orderConfirmed(cancelled, rep, "30000.00", "2026-09-13T10:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("fact_booking", "rep_id", rep) == 2
                && rows("fact_target", "owner_id", rep) == 1);

        ApiClient.Response run = admin.post("/api/payout-runs", "{\"period\":\"2026-09\"}");
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        String runId = run.json().path("id").asText();
        JsonNode september = onlyPayout("2026-09", rep);
        assertThat(amounts(september)).containsExactly("1600.00", "800.00", "1000.00", "500.00");
        assertThat(kinds(september)).containsExactly("COMMISSION", "COMMISSION", "TARGET_BONUS", "TEAM_BONUS");
        assertThat(september.path("total").decimalValue()).isEqualByComparingTo("3900.00");
        assertThat(september.path("attainmentPercent").decimalValue()).isEqualByComparingTo("100.00");

        JsonNode runResource = admin.get("/api/payout-runs/" + runId).json();
        assertThat(runResource.path("id").asText()).as(runResource.toString()).isEqualTo(runId);
        assertThat(runResource.path("period").asText()).isEqualTo("2026-09");
        assertThat(runResource.path("cutoff").asText()).isNotBlank();
        assertThat(runResource.path("payoutCount").asLong()).isPositive();
        JsonNode runPayouts = admin.get("/api/payout-runs/" + runId + "/payouts?size=200").json();
        assertThat(runPayouts.path("totalItems").asLong()).isEqualTo(runResource.path("payoutCount").asLong());
        List<JsonNode> ours = new ArrayList<>();
        runPayouts.path("items").forEach(item -> {
            if (item.path("repId").asText().equals(rep)) {
                ours.add(item);
            }
        });
        assertThat(ours).singleElement().satisfies(payout -> {
            assertThat(payout.path("id").asText()).isEqualTo(september.path("id").asText()).isNotBlank();
            assertThat(payout.path("runId").asText()).isEqualTo(runId);
            assertThat(payout.path("total").decimalValue()).isEqualByComparingTo("3900.00");
        });
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (JsonNode item : runPayouts.path("items")) {
            sum = sum.add(item.path("total").decimalValue());
        }
        assertThat(runResource.path("total").decimalValue()).isEqualByComparingTo(sum);
        assertThat(ApiClient.onPort(port).as(TestTokens.manager(UUID.randomUUID().toString(), team))
                .get("/api/payout-runs/" + runId).status()).as("a run is for ADMIN and INTEGRATION").isEqualTo(404);
        assertThat(admin.get("/api/payout-runs/" + rep).status()).as("a rep's id names no run").isEqualTo(404);
        assertThat(admin.get("/api/payout-runs/" + UUID.randomUUID() + "/payouts").status()).isEqualTo(404);

        ApiClient.Response again = admin.post("/api/payout-runs", "{\"period\":\"2026-09\"}");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("identical").asBoolean()).isTrue();
        assertThat(again.json().path("id").asText()).isEqualTo(runId);

        InboundEvents.orderCancelled(cancelled, "2026-10-02T09:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM fact_booking WHERE order_id = ? AND cancelled_at IS NOT NULL", Long.class,
                cancelled) == 1);
        assertThat(admin.post("/api/payout-runs", "{\"period\":\"2026-09\"}").json().path("identical").asBoolean())
                .as("the September run still counts only what was known at its cutoff").isTrue();
        assertThat(onlyPayout("2026-09", rep).path("total").decimalValue()).isEqualByComparingTo("3900.00");

        assertThat(admin.post("/api/payout-runs", "{\"period\":\"2026-10\"}").status()).isEqualTo(201);
        JsonNode october = onlyPayout("2026-10", rep);
        JsonNode adjustment = october.path("lines").get(october.path("lines").size() - 1);
        assertThat(adjustment.path("kind").asText()).isEqualTo("ADJUSTMENT");
        assertThat(adjustment.path("forPeriod").asText()).isEqualTo("2026-09");
        assertThat(adjustment.path("amount").decimalValue()).isEqualByComparingTo("-2000.00");
        assertThat(adjustment.path("description").asText()).contains("order " + cancelled + " (30000.00) cancelled")
                .endsWith("earnings 1400.00 − paid 3400.00 = -2000.00");

        ApiClient self = ApiClient.onPort(port).as(TestTokens.rep(rep, team));
        assertThat(self.get("/api/payouts?repId=" + rep).json().path("totalItems").asLong()).isEqualTo(2);
        assertThat(ApiClient.onPort(port).as(TestTokens.rep(UUID.randomUUID().toString(), team))
                .get("/api/payouts?repId=" + rep).json().path("totalItems").asLong()).isZero();
        assertThat(ApiClient.onPort(port).as(TestTokens.manager(UUID.randomUUID().toString(), team))
                .get("/api/payouts?period=2026-09&repId=" + rep).json().path("totalItems").asLong()).isEqualTo(1);

        List<JsonNode> published = probe.awaitEnvelopes(runId, "PayoutCalculated", 1);
        published.forEach(envelope -> Contracts.assertConforms("performance", envelope));
        assertThat(published).anySatisfy(envelope -> assertThat(envelope.path("data").path("repId").asText())
                .isEqualTo(rep));
    }

    /** The running month's payout before it ends: computed as a run would be, for whom the caller may see, kept nowhere. */
    @Test
    void aPreviewShowsTheRunningMonthsIncentivesAndRecordsNothing() {
        BusinessCalendar calendar = BusinessCalendar.of(clock);
        String month = CalendarPeriod.monthContaining(calendar.dateOf(clock.instant())).value();
        String year = month.substring(0, 4);
        assertThat(admin.post("/api/incentive-plans", PLAN.replace("\"period\":\"2026\"", "\"period\":\"" + year + "\""))
                .status()).isEqualTo(201);
        String team = admin.post("/api/teams", "{\"name\":\"华北" + UUID.randomUUID().toString().substring(0, 8)
                + "\"}").json().path("id").asText();
        String rep = admin.post("/api/reps", """
                {"name":"王芳","teamId":"%s","grade":2,"hiredOn":"2024-03-01"}""".formatted(team))
                .json().path("id").asText();
        InboundEvents.targetSet(rep, "REVENUE", month, "100000.00");
        InboundEvents.orderConfirmed(UUID.randomUUID().toString(), rep, "70000.00", clock.instant().toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("fact_booking", "rep_id", rep) == 1
                && rows("fact_target", "owner_id", rep) == 1);

        ApiClient.Response preview = ApiClient.onPort(port).as(TestTokens.manager(UUID.randomUUID().toString(), team))
                .get("/api/payouts/preview");

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().path("totalItems").asLong()).as(preview.toString()).isEqualTo(1);
        assertThat(preview.json().path("items")).hasSize(1);
        JsonNode payout = preview.json().path("items").get(0);
        assertThat(payout.path("repId").asText()).isEqualTo(rep);
        assertThat(payout.path("period").asText()).isEqualTo(month);
        assertThat(payout.path("attainmentPercent").decimalValue()).isEqualByComparingTo("70.00");
        assertThat(amounts(payout)).containsExactly("1400.00");
        assertThat(payout.path("total").decimalValue()).isEqualByComparingTo("1400.00");
        assertThat(payout.path("id").asText()).isNotBlank();
        assertThat(ApiClient.onPort(port).as(TestTokens.rep(rep, team)).get("/api/payouts/preview?period=" + month)
                .json().path("items")).hasSize(1);
        assertThat(ApiClient.onPort(port).as(TestTokens.manager(UUID.randomUUID().toString(),
                UUID.randomUUID().toString())).get("/api/payouts/preview").json().path("totalItems").asLong())
                .isZero();

        assertThat(admin.get("/api/payouts?period=" + month).json().path("totalItems").asLong()).isZero();
        assertThat(probe.seenFor("preview")).isEmpty();
        assertThat(admin.get("/api/payouts/preview?period=2099-01").json().path("errors").get(0).path("field")
                .asText()).isEqualTo("period");
    }

    @Test
    void onlyAnAdminRunsPayoutsOrDefinesPlansAndBadInputIsNamed() {
        String team = UUID.randomUUID().toString();
        ApiClient manager = ApiClient.onPort(port).as(TestTokens.manager(UUID.randomUUID().toString(), team));
        assertThat(manager.post("/api/payout-runs", "{\"period\":\"2026-08\"}").status()).isEqualTo(403);
        assertThat(manager.post("/api/incentive-plans", PLAN).status()).isEqualTo(403);
        assertThat(admin.post("/api/payout-runs", "{\"period\":\"2099-01\"}").json().path("errors").get(0)
                .path("field").asText()).isEqualTo("period");
        assertThat(admin.post("/api/payout-runs", "{\"period\":\"2026\"}").status()).isEqualTo(400);
        ApiClient.Response gap = admin.post("/api/incentive-plans", PLAN.replace("\"fromPercent\":80,\"toPercent\":100",
                "\"fromPercent\":85,\"toPercent\":100"));
        assertThat(gap.status()).isEqualTo(400);
        assertThat(gap.json().path("errors").get(0).path("field").asText()).isEqualTo("tiers[1].fromPercent");
    }

    private JsonNode onlyPayout(String period, String rep) {
        JsonNode page = admin.get("/api/payouts?period=" + period + "&repId=" + rep).json();
        assertThat(page.path("totalItems").asLong()).as(page.toString()).isEqualTo(1);
        return page.path("items").get(0);
    }

    private static List<String> amounts(JsonNode payout) {
        List<String> amounts = new ArrayList<>();
        payout.path("lines").forEach(line -> amounts.add(line.path("amount").decimalValue()
                .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()));
        return amounts;
    }

    private static List<String> kinds(JsonNode payout) {
        List<String> kinds = new ArrayList<>();
        payout.path("lines").forEach(line -> kinds.add(line.path("kind").asText()));
        return kinds;
    }

    private long rows(String table, String column, String value) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE " + column + " = ?", Long.class,
                value);
        return count == null ? 0 : count;
    }
}
