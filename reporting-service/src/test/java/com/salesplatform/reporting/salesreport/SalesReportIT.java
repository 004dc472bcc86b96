package com.salesplatform.reporting.salesreport;

import static com.salesplatform.platformtest.ContractEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.IdempotentRetries;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A rep's monthly report keeps the figures it was submitted with; the review shows what changed since. */
@ServiceIntegrationTest
class SalesReportIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private final String team = UUID.randomUUID().toString();
    private final String rep = UUID.randomUUID().toString();
    private final String manager = UUID.randomUUID().toString();
    private final String order = UUID.randomUUID().toString();

    @BeforeEach
    void aRepWithAConfirmedOrderInMarch() {
        publish("performance", "RepHired", rep, Contracts.exampleData("performance", "RepHired", 1)
                .put("repId", rep).put("teamId", team), "2025-01-01T00:00:00Z");
        publish("orders", "OrderPlaced", order, orderData(Contracts.exampleData("orders", "OrderPlaced", 1)), "2025-03-10T09:00:00Z");
        publish("orders", "OrderConfirmed", order, orderData(Contracts.exampleData("orders", "OrderConfirmed", 1)), "2025-03-10T10:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                jdbc.queryForObject("SELECT count(*) FROM order_fact WHERE order_id = ? AND confirmed_at IS NOT NULL",
                        Integer.class, order) == 1
                        && jdbc.queryForObject("SELECT count(*) FROM roster_replica_rep WHERE rep_id = ?", Integer.class, rep) == 1);
    }

    @Test
    void figuresAreFrozenAtSubmissionAndTheReviewShowsWhatChanged() {
        String requestBody = report("MONTHLY", "2025-03", "签下上海华联");
        try (TopicProbe reportsTopic = TopicProbe.on("sales.reports.events")) {
            var created = api(TestTokens.rep(rep, team)).post("/api/sales-reports", requestBody);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String id = created.json().path("id").asText();
            assertThat(created.location()).contains("/api/sales-reports/" + id);

            JsonNode submitted = api(TestTokens.rep(rep, team)).get("/api/sales-reports/" + id).json();
            assertThat(submitted.path("id").asText()).isEqualTo(id);
            assertThat(submitted.has("report")).as("the report's fields at the top, like every resource").isFalse();
            assertThat(submitted.path("figures").path("bookedRevenue").decimalValue())
                    .isEqualByComparingTo("3900.00");
            assertThat(submitted.path("highlights").asText()).isEqualTo("签下上海华联");

            Contracts.assertConforms("reports", reportsTopic.awaitEnvelope(id, "SalesReportSubmitted"));
            assertThat(api(TestTokens.manager(manager, team)).get("/api/sales-reports?reviewed=false").json()
                    .path("items").findValuesAsText("id")).as("waiting for the manager's review").containsExactly(id);

            publish("orders", "OrderCancelled", order, orderData(Contracts.exampleData("orders", "OrderCancelled", 1)),
                    "2025-03-20T10:00:00Z");
            await().atMost(Duration.ofSeconds(30)).until(() -> api(TestTokens.rep(rep, team))
                    .get("/api/sales-reports/" + id).json().path("liveFigures").path("bookedRevenue")
                    .decimalValue().signum() == 0);
            JsonNode later = api(TestTokens.manager(manager, team)).get("/api/sales-reports/" + id).json();
            assertThat(later.path("figures").path("bookedRevenue").decimalValue())
                    .isEqualByComparingTo("3900.00");
            assertThat(later.path("changesSinceSubmission").path("bookedRevenue").decimalValue())
                    .isEqualByComparingTo("-3900.00");
            assertThat(later.path("changesSinceSubmission").path("orders").asLong()).isEqualTo(-1);

            assertThat(api(TestTokens.rep(rep, team)).post("/api/sales-reports/" + id + "/review",
                    "{\"comments\":\"自己审\"}").status()).isEqualTo(403);
            var review = api(TestTokens.manager(manager, team)).post("/api/sales-reports/" + id + "/review",
                    "{\"comments\":\"注意回款风险\"}");
            assertThat(review.status()).as(review.toString()).isEqualTo(204);
            assertThat(api(TestTokens.manager(manager, team)).post("/api/sales-reports/" + id + "/review",
                    "{\"comments\":\"again\"}").status()).isEqualTo(409);
            Contracts.assertConforms("reports", reportsTopic.awaitEnvelope(id, "SalesReportReviewed"));
            assertThat(api(TestTokens.rep(rep, team)).get("/api/sales-reports/" + id).json()
                    .path("review").path("comments").asText()).isEqualTo("注意回款风险");
            assertThat(api(TestTokens.manager(manager, team)).get("/api/sales-reports?reviewed=false").json()
                    .path("totalItems").asLong()).isZero();
            assertThat(api(TestTokens.manager(manager, team)).get("/api/sales-reports?reviewed=true").json()
                    .path("items").findValuesAsText("id")).containsExactly(id);

            assertThat(api(TestTokens.manager(UUID.randomUUID().toString(), UUID.randomUUID().toString()))
                    .get("/api/sales-reports/" + id).status()).isEqualTo(404);
            assertThat(api(TestTokens.manager(manager, team)).get("/api/sales-reports?repId=" + rep).json()
                    .path("totalItems").asLong()).isEqualTo(1);
            assertThat(api(TestTokens.rep(UUID.randomUUID().toString(), team)).get("/api/sales-reports?repId=" + rep)
                    .json().path("totalItems").asLong()).isZero();
        }
    }

    @Test
    void theFiguresAReportWouldBeSubmittedWithAreShownBeforeAndNothingIsStored() {
        long before = reportEvents();
        var figures = api(TestTokens.rep(rep, team))
                .get("/api/sales-reports/figures?repId=" + rep.toUpperCase() + "&periodType=MONTHLY&period=2025-03");
        assertThat(figures.status()).as(figures.toString()).isEqualTo(200);
        assertThat(figures.json().path("repId").asText()).isEqualTo(rep);
        assertThat(figures.json().path("period").asText()).isEqualTo("2025-03");
        assertThat(figures.json().path("figures").path("bookedRevenue").decimalValue()).isEqualByComparingTo("3900.00");
        assertThat(figures.json().path("figures").path("orders").asLong()).isEqualTo(1);
        assertThat(api(TestTokens.manager(manager, team))
                .get("/api/sales-reports/figures?repId=" + rep + "&periodType=WEEKLY&period=2025-W11").status())
                .as("the rep's manager reads them too").isEqualTo(200);

        assertThat(api(TestTokens.rep(UUID.randomUUID().toString(), team))
                .get("/api/sales-reports/figures?repId=" + rep + "&periodType=MONTHLY&period=2025-03").status())
                .as("another rep's figures are not theirs to see").isEqualTo(404);
        assertRejected("repId=" + rep + "&periodType=WEEKLY&period=2025-03", "period");
        assertRejected("repId=" + rep + "&periodType=MONTHLY&period=2099-01", "period");
        assertRejected("repId=" + rep + "&periodType=MONTHLY", "period");
        assertRejected("repId=" + rep + "&periodType=YEARLY&period=2025", "periodType");
        assertRejected("repId=not-an-id&periodType=MONTHLY&period=2025-03", "repId");
        assertRejected("periodType=MONTHLY&period=2025-03", "repId");
        assertThat(reportEvents()).isEqualTo(before);
    }

    private void assertRejected(String query, String field) {
        var rejected = api(TestTokens.rep(rep, team)).get("/api/sales-reports/figures?" + query);
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(400);
        assertThat(rejected.json().path("errors").findValuesAsText("field")).as(query).contains(field);
    }

    @Test
    void aManagerDoesNotReviewTheirOwnReportButAdminDoes() {
        publish("performance", "RepHired", manager, Contracts.exampleData("performance", "RepHired", 1)
                .put("repId", manager).put("teamId", team), "2025-01-01T00:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                jdbc.queryForObject("SELECT count(*) FROM roster_replica_rep WHERE rep_id = ?", Integer.class, manager) == 1);
        String managerToken = TestTokens.manager(manager, team);
        var created = api(managerToken).post("/api/sales-reports",
                report("MONTHLY", "2025-03", "带队签下华东两家").replace(rep, manager));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();

        var own = api(managerToken).post("/api/sales-reports/" + id + "/review", "{\"comments\":\"自己审\"}");
        assertThat(own.status()).as("their own report: %s", own).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, id)).as("nothing stored by the refusal").isEqualTo(1);
        assertThat(api(TestTokens.admin()).post("/api/sales-reports/" + id + "/review", "{\"comments\":\"已阅\"}")
                .status()).isEqualTo(204);
    }

    @Test
    void oneReportPerPeriodOnlyForOneselfAndNothingStoredWhenRejected() {
        var first = api(TestTokens.rep(rep, team)).post("/api/sales-reports", report("WEEKLY", "2025-W11", "h"));
        assertThat(first.status()).isEqualTo(201);
        var again = api(TestTokens.rep(rep, team)).post("/api/sales-reports", report("WEEKLY", "2025-W11", "h"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().path("type").asText()).endsWith("/already-exists");
        assertThat(again.json().path("existingSalesReportId").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(api(TestTokens.rep(UUID.randomUUID().toString(), team))
                .post("/api/sales-reports", report("MONTHLY", "2025-04", "h")).status()).isEqualTo(403);

        long before = reportEvents();
        var blank = api(TestTokens.rep(rep, team)).post("/api/sales-reports", report("MONTHLY", "2025-05", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("errors").get(0).path("field").asText()).isEqualTo("highlights");
        var wrongPeriod = api(TestTokens.rep(rep, team)).post("/api/sales-reports", report("WEEKLY", "2025-05", "h"));
        assertThat(wrongPeriod.status()).isEqualTo(400);
        assertThat(wrongPeriod.json().path("errors").get(0).path("field").asText()).isEqualTo("period");
        for (String invalid : List.of("2025-W60", "2025-W00", "next week")) {
            var invalidWeek = api(TestTokens.rep(rep, team)).post("/api/sales-reports", report("WEEKLY", invalid, "h"));
            assertThat(invalidWeek.status()).as(invalidWeek.toString()).isEqualTo(400);
            assertThat(invalidWeek.json().path("errors").get(0).path("field").asText()).isEqualTo("period");
        }
        var future = api(TestTokens.rep(rep, team)).post("/api/sales-reports", report("MONTHLY", "2099-01", "h"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(api(TestTokens.rep(rep, team)).get("/api/sales-reports?reviewed=maybe").json()
                .path("errors").findValuesAsText("field")).containsExactly("reviewed");
        assertThat(reportEvents()).isEqualTo(before);
    }

    @Test
    void aRetriedReportWithTheSameIdempotencyKeyIsSubmittedOnce() {
        var first = IdempotentRetries.createOnce(api(TestTokens.rep(rep, team)), "/api/sales-reports",
                report("WEEKLY", "2025-W12", "h"), report("WEEKLY", "2025-W13", "h"),
                IdempotentRetries.eventsOf(jdbc, "SalesReport"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, first.json().path("id").asText())).isEqualTo(1);
    }

    private long reportEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private String report(String type, String period, String highlights) {
        return """
                {"repId":"%s","periodType":"%s","period":"%s","highlights":"%s","lessons":"报价前先确认预算",
                 "nextPlan":"下月拜访 8 家展会线索"}""".formatted(rep, type, period, highlights);
    }

    private ObjectNode orderData(ObjectNode data) {
        return data.put("orderId", order).put("repId", rep).put("teamId", team);
    }

    private ApiClient api(String token) {
        return ApiClient.onPort(port).as(token);
    }
}
