package com.salesplatform.reporting.analytics;

import static com.salesplatform.platformtest.ContractEvents.data;
import static com.salesplatform.platformtest.ContractEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A month of one team's sales (March 2025) arrives from every topic as the producers' contracts describe it; the
 * reports answer the same figures a person would count by hand, for now and for an instant in the past, in JSON
 * and CSV, to whom they concern; a rebuild gives exactly the same numbers.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalesAnalyticsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    private int port;

    private final String team = UUID.randomUUID().toString();
    private final String repA = UUID.randomUUID().toString();
    private final String repB = UUID.randomUUID().toString();
    private final String customer = UUID.randomUUID().toString();
    private final String order1 = UUID.randomUUID().toString();
    private final String order2 = UUID.randomUUID().toString();
    private final String target = UUID.randomUUID().toString();
    private final String complaint = UUID.randomUUID().toString();
    private final String risk = UUID.randomUUID().toString();

    @BeforeAll
    void aMonthOfSales() {
        publish("performance", "TeamCreated", team, data("performance", "TeamCreated").put("teamId", team), "2025-01-01T00:00:00Z");
        publish("performance", "RepHired", repA, data("performance", "RepHired").put("repId", repA).put("teamId", team).put("name", "张伟"), "2025-01-01T00:00:00Z");
        publish("performance", "RepHired", repB, data("performance", "RepHired").put("repId", repB).put("teamId", team).put("name", "李娜"), "2025-01-01T00:00:00Z");

        publish("targets", "TargetSet", target, data("targets", "TargetSet").put("targetId", target).put("scope", "REP")
                .put("ownerId", repA).put("period", "2025-03").put("amount", 2000.00).put("timeBound", "2025-03-31T16:00:00Z"), "2025-02-20T00:00:00Z");
        publish("targets", "TargetAdjusted", target, data("targets", "TargetAdjusted").put("targetId", target)
                .put("previousAmount", 2000.00).put("amount", 2500.00).put("reason", "新客户加入").without("riskId"), "2025-03-08T00:00:00Z");

        publish("customers", "LeadRegistered", customer, data("customers", "LeadRegistered").put("customerId", customer)
                .put("ownerRepId", repA).put("region", "华东"), "2025-03-01T09:00:00Z");
        publish("customers", "CustomerConverted", customer, data("customers", "CustomerConverted").put("customerId", customer)
                .put("ownerRepId", repA), "2025-03-02T09:00:00Z");
        publish("customers", "CommunicationLogged", customer, data("customers", "CommunicationLogged").put("customerId", customer)
                .put("ownerRepId", repA).put("communicationId", UUID.randomUUID().toString()).put("type", "VISIT")
                .put("occurredAt", "2025-03-02T08:00:00Z"), "2025-03-02T08:00:00Z");
        publish("customers", "CommunicationLogged", customer, data("customers", "CommunicationLogged").put("customerId", customer)
                .put("ownerRepId", repA).put("communicationId", UUID.randomUUID().toString()).put("type", "CALL")
                .put("occurredAt", "2025-03-04T08:00:00Z"), "2025-03-04T08:00:00Z");
        String onTime = UUID.randomUUID().toString();
        String late = UUID.randomUUID().toString();
        publish("customers", "FollowUpScheduled", customer, followUp(onTime, "2025-03-10T00:00:00Z"), "2025-03-02T10:00:00Z");
        publish("customers", "FollowUpScheduled", customer, followUp(late, "2025-03-12T00:00:00Z"), "2025-03-02T10:00:00Z");
        publish("customers", "FollowUpCompleted", customer, data("customers", "FollowUpCompleted").put("customerId", customer)
                .put("followUpId", onTime).put("ownerRepId", repA).put("completedAt", "2025-03-09T00:00:00Z").put("onTime", true), "2025-03-09T00:00:00Z");
        publish("customers", "FollowUpOverdue", customer, data("customers", "FollowUpOverdue").put("customerId", customer)
                .put("followUpId", late).put("ownerRepId", repA).put("dueAt", "2025-03-12T00:00:00Z"), "2025-03-12T00:00:00Z");
        publish("customers", "ProspectingPlanSet", repA, data("customers", "ProspectingPlanSet").put("repId", repA)
                .put("month", "2025-03").put("minimumNewLeads", 4), "2025-02-25T00:00:00Z");
        publish("customers", "ComplaintOpened", customer, data("customers", "ComplaintOpened").put("customerId", customer)
                .put("complaintId", complaint).put("ownerRepId", repA).put("openedAt", "2025-03-11T00:00:00Z"), "2025-03-11T00:00:00Z");

        publish("orders", "OrderPlaced", order1, order(order1, 1000.00, 4), "2025-03-02T09:30:00Z");
        publish("orders", "OrderConfirmed", order1, confirmed(order1, 1000.00), "2025-03-02T10:00:00Z");
        publish("orders", "PaymentReceived", order1, data("orders", "PaymentReceived").put("orderId", order1)
                .put("paymentId", UUID.randomUUID().toString()).put("customerId", customer).put("repId", repA)
                .put("teamId", team).put("amount", 300.00).put("paidTotal", 300.00).put("outstanding", 700.00), "2025-03-03T10:00:00Z");
        publish("orders", "PaymentOverdue", order1, data("orders", "PaymentOverdue").put("orderId", order1)
                .put("customerId", customer).put("repId", repA).put("teamId", team).put("outstanding", 700.00)
                .put("paymentDueAt", "2025-04-01T10:00:00Z"), "2025-04-01T10:00:00Z");
        publish("orders", "OrderPlaced", order2, order(order2, 500.00, 1), "2025-03-05T09:00:00Z");
        publish("orders", "OrderConfirmed", order2, confirmed(order2, 500.00), "2025-03-05T10:00:00Z");
        publish("orders", "OrderCancelled", order2, confirmed(order2, 500.00).put("reason", "客户预算取消"), "2025-03-06T10:00:00Z");

        publish("targets", "RiskIdentified", risk, data("targets", "RiskIdentified").put("riskId", risk).put("ownerRepId", repA), "2025-03-01T00:00:00Z");
        publish("targets", "RiskAssessed", risk, data("targets", "RiskAssessed").put("riskId", risk), "2025-03-01T01:00:00Z");

        await("the month has arrived").atMost(Duration.ofSeconds(60)).until(() ->
                attainment(null).path("actual").decimalValue().compareTo(new BigDecimal("1000.00")) == 0
                        && get(TestTokens.admin(), "/api/reports/risk-alerts?kind=OVERDUE_PAYMENT&size=200")
                        .path("items").toString().contains(order1)
                        && activity().path("followUpsOverdue").asLong() == 1);
    }

    @Test
    void attainmentIsBookedRevenueAgainstTheAmountInForceNowAndThen() {
        JsonNode now = attainment(null);
        assertThat(now.path("target").decimalValue()).isEqualByComparingTo("2500.00");
        assertThat(now.path("actual").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(now.path("attainmentPercent").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(now.path("runRateForecast").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(now.path("outlook").asText()).isEqualTo("OFF_TRACK");

        JsonNode then = attainment("2025-03-05T12:00:00Z");
        assertThat(then.path("target").decimalValue()).isEqualByComparingTo("2000.00");
        assertThat(then.path("actual").decimalValue()).isEqualByComparingTo("1500.00");
        assertThat(then.path("attainmentPercent").decimalValue()).isEqualByComparingTo("75.00");
        // 1500 in the first 4 5/6 of the month's 31 days: 20:00 on 5 March in Beijing, the month begun at its midnight
        assertThat(then.path("runRateForecast").decimalValue()).isEqualByComparingTo("9620.69");
        assertThat(then.path("outlook").asText()).isEqualTo("ON_TRACK");

        assertThat(get(TestTokens.admin(), "/api/reports/target-attainment?ownerId=" + repA + "&asOf=2025-02-01T00:00:00Z")
                .path("items")).isEmpty();
    }

    @Test
    void theDailyTrendCountsConfirmationsCancellationsAndPayments() {
        JsonNode days = get(TestTokens.admin(),
                "/api/reports/sales-trend?granularity=DAY&from=2025-03-01&to=2025-03-07&repId=" + repA).path("items");
        assertThat(days).hasSize(7);
        assertThat(day(days, "2025-03-02").path("bookedRevenue").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(day(days, "2025-03-02").path("units").asLong()).isEqualTo(4);
        assertThat(day(days, "2025-03-03").path("collected").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(day(days, "2025-03-05").path("bookedRevenue").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(day(days, "2025-03-06").path("bookedRevenue").decimalValue()).isEqualByComparingTo("-500.00");
        assertThat(day(days, "2025-03-06").path("orders").asLong()).isEqualTo(-1);

        JsonNode month = get(TestTokens.admin(),
                "/api/reports/sales-trend?granularity=MONTH&from=2025-03-01&to=2025-03-31&region=华东&teamId=" + team)
                .path("items");
        assertThat(month).hasSize(1);
        assertThat(month.get(0).path("bookedRevenue").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(month.get(0).path("orders").asLong()).isEqualTo(1);

        JsonNode seenByRepB = get(TestTokens.rep(repB, team),
                "/api/reports/sales-trend?granularity=MONTH&from=2025-03-01&to=2025-03-31&teamId=" + team)
                .path("items");
        assertThat(seenByRepB.get(0).path("bookedRevenue").decimalValue()).isEqualByComparingTo("0");
    }

    /** The trend is paged like any list: every bucket of the range is counted, a page holds its share in order. */
    @Test
    void theTrendIsPagedLikeEveryList() {
        JsonNode last = get(TestTokens.admin(),
                "/api/reports/sales-trend?granularity=DAY&from=2025-03-01&to=2025-03-07&size=3&page=2&repId=" + repA);
        assertThat(last.path("totalItems").asLong()).isEqualTo(7);
        assertThat(last.path("totalPages").asInt()).isEqualTo(3);
        assertThat(last.path("page").asInt()).isEqualTo(2);
        assertThat(last.path("items")).singleElement()
                .satisfies(day -> assertThat(day.path("bucketStart").asText()).isEqualTo("2025-03-07"));
        JsonNode year = get(TestTokens.admin(),
                "/api/reports/sales-trend?granularity=DAY&from=2025-01-01&to=2025-12-31&size=200&repId=" + repA);
        assertThat(year.path("totalItems").asLong()).isEqualTo(365);
        assertThat(year.path("items")).hasSize(200);
        var tooLarge = ApiClient.onPort(port).as(TestTokens.admin())
                .get("/api/reports/sales-trend?size=201");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().path("errors").get(0).path("field").asText()).isEqualTo("size");
    }

    @Test
    void theLeaderboardRanksTheTeamAndAnswersCsvForSpreadsheets() {
        JsonNode board = get(TestTokens.manager(UUID.randomUUID().toString(), team),
                "/api/reports/leaderboard?period=2025-03&teamId=" + team).path("items");
        assertThat(board).hasSize(2);
        assertThat(board.get(0).path("repId").asText()).isEqualTo(repA);
        assertThat(board.get(0).path("rank").asInt()).isEqualTo(1);
        assertThat(board.get(0).path("bookedRevenue").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(board.get(1).path("repId").asText()).isEqualTo(repB);
        assertThat(board.get(1).path("rank").asInt()).isEqualTo(2);

        var csv = ApiClient.onPort(port).as(TestTokens.admin())
                .get("/api/reports/leaderboard?period=2025-03&teamId=" + team, "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFrank,repId,repName,teamId,bookedRevenue,orders\r\n");
        assertThat(csv.body()).contains("1," + repA + ",张伟," + team + ",1000.00,1\r\n");

        assertThat(get(TestTokens.rep(repB, team), "/api/reports/leaderboard?period=2025-03&teamId=" + team)
                .path("items")).hasSize(1);
    }

    @Test
    void activityComparesFollowUpsAndLeadsWithThePlan() {
        JsonNode a = activity();
        assertThat(a.path("communications").asLong()).isEqualTo(2);
        assertThat(a.path("visits").asLong()).isEqualTo(1);
        assertThat(a.path("followUpsDue").asLong()).isEqualTo(2);
        assertThat(a.path("followUpsOnTime").asLong()).isEqualTo(1);
        assertThat(a.path("followUpsOverdue").asLong()).isEqualTo(1);
        assertThat(a.path("onTimeRate").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(a.path("newLeads").asLong()).isEqualTo(1);
        assertThat(a.path("plannedNewLeads").asLong()).isEqualTo(4);
        assertThat(a.path("planCoverage").decimalValue()).isEqualByComparingTo("25.00");
    }

    @Test
    void riskAlertsNameWhatNeedsAction() {
        JsonNode alerts = get(TestTokens.manager(UUID.randomUUID().toString(), team), "/api/reports/risk-alerts?size=200")
                .path("items");
        assertThat(alert(alerts, "OVERDUE_PAYMENT", "orderId", order1).path("amount").decimalValue())
                .isEqualByComparingTo("700.00");
        assertThat(alert(alerts, "NO_CONTACT_60_DAYS", "customerId", customer).path("days").asLong()).isGreaterThan(60);
        JsonNode openComplaint = alert(alerts, "COMPLAINT_OPEN_OVER_7_DAYS", "complaintId", complaint);
        assertThat(openComplaint.path("repId").asText()).isEqualTo(repA);
        assertThat(openComplaint.path("customerId").asText()).as("the complaint's customer, to address it")
                .isEqualTo(customer);
        assertThat(alert(alerts, "HIGH_RISK", "riskId", risk).path("description").asText()).contains("score 20");
        alerts.forEach(alert -> assertThat(alert.has("subjectId")).as("references named after what they reference")
                .isFalse());

        JsonNode seenByOtherTeam = get(TestTokens.manager(UUID.randomUUID().toString(), UUID.randomUUID().toString()),
                "/api/reports/risk-alerts?size=200").path("items");
        assertThat(seenByOtherTeam.toString()).doesNotContain(order1).doesNotContain(customer);
    }

    @Test
    void aRebuildGivesByteIdenticalAnswers() {
        String before = snapshot();
        var denied = ApiClient.onPort(port).as(TestTokens.rep(repA, team)).post("/api/admin/projections/rebuild", "");
        assertThat(denied.status()).isEqualTo(403);

        var rebuild = ApiClient.onPort(port).as(TestTokens.admin()).post("/api/admin/projections/rebuild", "");
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        int generation = rebuild.json().path("generation").asInt();
        await("the rebuilt generation taking over").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> ApiClient.onPort(port).as(TestTokens.admin())
                        .get("/api/admin/projections/generations/" + generation).json().path("state").asText(),
                        "ACTIVE"::equals);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void badParametersAreNamed() {
        var afterToday = ApiClient.onPort(port).as(TestTokens.admin()).get("/api/reports/sales-trend?from=2999-03-01");
        assertThat(afterToday.status()).as("'to' is today when not given").isEqualTo(400);
        assertThat(afterToday.json().path("errors").get(0).path("field").asText()).isEqualTo("from");
        var tooLong = ApiClient.onPort(port).as(TestTokens.admin())
                .get("/api/reports/sales-trend?granularity=DAY&from=2020-01-01&to=2025-01-01");
        assertThat(tooLong.json().path("errors").get(0).path("field").asText()).isEqualTo("to");
        var badPeriod = ApiClient.onPort(port).as(TestTokens.admin()).get("/api/reports/leaderboard?period=2025-13");
        assertThat(badPeriod.json().path("errors").get(0).path("field").asText()).isEqualTo("period");
    }

    /** The raw bodies of several reports, JSON and CSV, now and as of an instant in the past. */
    private String snapshot() {
        StringBuilder bodies = new StringBuilder();
        for (String path : List.of("/api/reports/target-attainment?ownerId=" + repA,
                "/api/reports/target-attainment?ownerId=" + repA + "&asOf=2025-03-05T12:00:00Z",
                "/api/reports/sales-trend?granularity=DAY&from=2025-03-01&to=2025-03-07&repId=" + repA,
                "/api/reports/leaderboard?period=2025-03&teamId=" + team,
                "/api/reports/activity?period=2025-03&teamId=" + team)) {
            for (String type : List.of("application/json", "text/csv")) {
                var response = ApiClient.onPort(port).as(TestTokens.admin()).get(path, type);
                assertThat(response.status()).as(response.toString()).isEqualTo(200);
                bodies.append(path).append(' ').append(type).append('\n').append(response.body()).append('\n');
            }
        }
        return bodies.toString();
    }

    private JsonNode attainment(String asOf) {
        JsonNode items = get(TestTokens.admin(), "/api/reports/target-attainment?ownerId=" + repA
                + (asOf == null ? "" : "&asOf=" + asOf)).path("items");
        return items.isEmpty() ? JSON.createObjectNode() : items.get(0);
    }

    private JsonNode activity() {
        JsonNode items = get(TestTokens.admin(), "/api/reports/activity?period=2025-03&teamId=" + team).path("items");
        for (JsonNode item : items) {
            if (item.path("repId").asText().equals(repA)) {
                return item;
            }
        }
        return JSON.createObjectNode();
    }

    private static JsonNode day(JsonNode days, String date) {
        for (JsonNode day : days) {
            if (day.path("bucketStart").asText().equals(date)) {
                return day;
            }
        }
        throw new AssertionError("no bucket " + date + " in " + days);
    }

    private static JsonNode alert(JsonNode alerts, String kind, String reference, String subject) {
        for (JsonNode alert : alerts) {
            if (alert.path("kind").asText().equals(kind) && alert.path(reference).asText().equals(subject)) {
                return alert;
            }
        }
        throw new AssertionError("no " + kind + " alert for " + subject + " in " + alerts);
    }

    private JsonNode get(String token, String path) {
        var response = ApiClient.onPort(port).as(token).get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private ObjectNode followUp(String id, String dueAt) {
        return data("customers", "FollowUpScheduled").put("customerId", customer).put("followUpId", id)
                .put("ownerRepId", repA).put("dueAt", dueAt);
    }

    private ObjectNode order(String id, double total, int quantity) {
        ObjectNode order = data("orders", "OrderPlaced").put("orderId", id).put("customerId", customer)
                .put("repId", repA).put("teamId", team).put("total", total);
        ArrayNode lines = order.putArray("lines");
        lines.addObject().put("sku", "CRM-PRO").put("quantity", quantity).put("listPrice", total / quantity)
                .put("unitPrice", total / quantity).put("discountPercent", 0.0).put("lineTotal", total);
        return order;
    }

    private ObjectNode confirmed(String id, double total) {
        ObjectNode order = order(id, total, 1);
        order.remove("paymentTermsDays");
        return data("orders", "OrderConfirmed").setAll(order.retain("orderId", "customerId", "repId", "teamId",
                "lines", "total", "currency"));
    }
}
