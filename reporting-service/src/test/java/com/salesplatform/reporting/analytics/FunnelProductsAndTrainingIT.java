package com.salesplatform.reporting.analytics;

import static com.salesplatform.platformtest.ContractEvents.data;
import static com.salesplatform.platformtest.ContractEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A quarter (2024-Q2) of one team: a won, a lost and an open opportunity, two products sold, a course passed; the
 * funnel, the product ranking, the pipeline-weighted forecast, training coverage and customer behaviour. The
 * quarters around it carry revenue targets and sales, for the training effect.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunnelProductsAndTrainingIT {

    @LocalServerPort
    private int port;

    @Autowired
    private BusinessCalendar calendar;

    private static final BigDecimal FINAL_AMOUNT = new BigDecimal("4000.00");
    private static final BigDecimal Q3_REVENUE = new BigDecimal("1800.00");

    private final String team = UUID.randomUUID().toString();
    private final String repA = UUID.randomUUID().toString();
    private final String repB = UUID.randomUUID().toString();
    private final String customer = UUID.randomUUID().toString();
    private final String otherCustomer = UUID.randomUUID().toString();
    private final String region = "测试区-" + UUID.randomUUID().toString().substring(0, 6);
    private final String sku1 = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final String sku2 = "Q" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final String won = UUID.randomUUID().toString();
    private final String lost = UUID.randomUUID().toString();
    private final String open = UUID.randomUUID().toString();
    private final String target = UUID.randomUUID().toString();
    private final String targetBefore = UUID.randomUUID().toString();
    private final String targetAfter = UUID.randomUUID().toString();
    private final String repBTarget = UUID.randomUUID().toString();

    @BeforeAll
    void aQuarter() {
        publish("performance", "RepHired", repA, data("performance", "RepHired").put("repId", repA).put("teamId", team).put("name", "张伟"), "2024-01-01T00:00:00Z");
        publish("performance", "RepHired", repB, data("performance", "RepHired").put("repId", repB).put("teamId", team).put("name", "李娜"), "2024-01-01T00:00:00Z");
        publish("customers", "LeadRegistered", customer, data("customers", "LeadRegistered").put("customerId", customer)
                .put("ownerRepId", repA).put("region", region), "2024-01-05T00:00:00Z");
        publish("orders", "ProductAdded", sku1, data("orders", "ProductAdded").put("sku", sku1).put("name", "客户管理系统 专业版"), "2024-01-01T00:00:00Z");
        publish("orders", "ProductAdded", sku2, data("orders", "ProductAdded").put("sku", sku2).put("name", "上门培训服务"), "2024-01-01T00:00:00Z");

        order(customer, "2024-02-10T10:00:00Z", sku1, 1, 1000.00);
        order(customer, "2024-05-10T10:00:00Z", sku1, 2, 2000.00);
        order(customer, "2024-05-11T10:00:00Z", sku2, 1, 500.00);
        order(otherCustomer, "2024-08-15T10:00:00Z", sku2, 2, 1800.00);

        opened(won, "2024-04-01T00:00:00Z", 3000.00, "2024-04-30");
        stage(won, "PROSPECTING", "NEEDS_ANALYSIS", 25, 3000.00, "2024-04-03T00:00:00Z");
        stage(won, "NEEDS_ANALYSIS", "PROPOSAL", 50, 3000.00, "2024-04-05T00:00:00Z");
        publish("orders", "OpportunityWon", won, opportunity("OpportunityWon", won).put("fromStage", "PROPOSAL")
                .put("amount", 3000.00).put("reason", "方案契合度高"), "2024-04-10T00:00:00Z");
        opened(lost, "2024-04-01T00:00:00Z", 8000.00, "2024-05-31");
        publish("orders", "OpportunityLost", lost, opportunity("OpportunityLost", lost).put("fromStage", "PROSPECTING")
                .put("reason", "价格高于竞品").put("competitor", "某竞品公司"), "2024-04-02T00:00:00Z");
        opened(open, "2024-04-01T00:00:00Z", 10000.00, "2024-06-15");
        stage(open, "PROSPECTING", "NEGOTIATION", 75, 10000.00, "2024-04-20T00:00:00Z");

        revenueTarget(target, repA, "2024-Q2", 20000.00, "2024-03-20T00:00:00Z");
        revenueTarget(targetBefore, repA, "2024-Q1", 800.00, "2023-12-20T00:00:00Z");
        revenueTarget(targetAfter, repA, "2024-Q3", 3000.00, "2024-06-20T00:00:00Z");
        adjusted(targetAfter, 3000.00, 3600.00, "2024-07-15T00:00:00Z");
        adjusted(targetAfter, 3600.00, 4000.00, "2024-10-10T00:00:00Z");
        revenueTarget(repBTarget, repB, "2024-Q4", 1000.00, "2024-09-20T00:00:00Z");
        publish("training", "CourseCompleted", repA, data("training", "CourseCompleted").put("repId", repA)
                .put("passed", true).put("completedOn", "2024-05-20"), "2024-05-20T00:00:00Z");
        publish("training", "CourseCompleted", repB, data("training", "CourseCompleted").put("repId", repB)
                .put("passed", true).put("completedOn", "2024-08-05"), "2024-08-05T00:00:00Z");

        await("the quarter has arrived").atMost(Duration.ofSeconds(60)).until(() ->
                pipeline().path("stages").get(3).path("openCount").asLong() == 1
                        && report("/api/reports/target-attainment?ownerId=" + repA).path("items").size() == 3
                        && report("/api/reports/target-attainment?ownerId=" + repB).path("items").size() == 1
                        && attainment(repA, "2024-Q3", null).path("target").decimalValue().compareTo(FINAL_AMOUNT) == 0
                        && attainment(repA, "2024-Q3", null).path("actual").decimalValue().compareTo(Q3_REVENUE) == 0
                        && report("/api/reports/training-coverage?period=2024&teamId=" + team)
                        .path("trainedReps").asLong() == 2
                        && report("/api/reports/product-popularity?period=2024-Q2").toString().contains("上门培训服务"));
    }

    @Test
    void theFunnelShowsStagesConversionWinRateCycleTimeAndLossReasons() {
        JsonNode pipeline = pipeline();
        JsonNode prospecting = pipeline.path("stages").get(0);
        assertThat(prospecting.path("stage").asText()).isEqualTo("PROSPECTING");
        assertThat(prospecting.path("reached").asLong()).isEqualTo(3);
        JsonNode analysis = pipeline.path("stages").get(1);
        assertThat(analysis.path("reached").asLong()).isEqualTo(1);
        assertThat(analysis.path("conversionPercent").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(analysis.path("averageDaysInStage").decimalValue()).isEqualByComparingTo("2.00");
        JsonNode negotiation = pipeline.path("stages").get(3);
        assertThat(negotiation.path("openCount").asLong()).isEqualTo(1);
        assertThat(negotiation.path("openValue").decimalValue()).isEqualByComparingTo("10000.00");
        assertThat(negotiation.path("weightedValue").decimalValue()).isEqualByComparingTo("7500.00");
        assertThat(pipeline.path("stages").get(4).path("reached").asLong()).isEqualTo(1);
        assertThat(pipeline.path("winRatePercent").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(pipeline.path("averageCycleDays").decimalValue()).isEqualByComparingTo("9.00");
        assertThat(pipeline.path("lossReasons").get(0).path("reason").asText()).isEqualTo("价格高于竞品");
        assertThat(pipeline.path("lossReasons").get(0).path("competitors").asText()).isEqualTo("某竞品公司");

        var csv = ApiClient.onPort(port).as(TestTokens.admin()).get("/api/reports/pipeline?teamId=" + team, "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFstage,openCount,openValue,weightedValue,reached,conversionPercent,"
                + "averageDaysInStage\r\n").contains("\r\nNEGOTIATION,1,10000.00,7500.00,1,");

        JsonNode seenByOtherRep = ApiClient.onPort(port).as(TestTokens.rep(repB, team))
                .get("/api/reports/pipeline?teamId=" + team).json();
        assertThat(seenByOtherRep.path("stages").get(0).path("reached").asLong()).isZero();
    }

    @Test
    void theRevenueTargetIsForecastWithTheWeightedPipeline() {
        JsonNode attainment = attainment(repA, "2024-Q2", null);
        assertThat(attainment.path("actual").decimalValue()).isEqualByComparingTo("2500.00");
        assertThat(attainment.path("pipelineWeightedForecast").decimalValue()).isEqualByComparingTo("10000.00");
    }

    @Test
    void productsAreRankedByRevenueWithGrowthOnThePreviousQuarter() {
        JsonNode items = report("/api/reports/product-popularity?period=2024-Q2").path("items");
        JsonNode first = product(items, sku1);
        assertThat(first.path("rank").asInt()).isEqualTo(1);
        assertThat(first.path("units").asLong()).isEqualTo(2);
        assertThat(first.path("revenue").decimalValue()).isEqualByComparingTo("2000.00");
        assertThat(first.path("previousRevenue").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(first.path("revenueGrowthPercent").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(first.path("name").asText()).isEqualTo("客户管理系统 专业版");
        JsonNode second = product(items, sku2);
        assertThat(second.path("rank").asInt()).isEqualTo(2);
        assertThat(second.has("revenueGrowthPercent")).as("no growth without a previous quarter").isFalse();
    }

    @Test
    void trainingCoverageAndItsEffect() {
        JsonNode coverage = report("/api/reports/training-coverage?period=2024-Q2&teamId=" + team);
        assertThat(coverage.path("reps").asLong()).isEqualTo(2);
        assertThat(coverage.path("trainedReps").asLong()).isEqualTo(1);
        assertThat(coverage.path("coveragePercent").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(coverage.path("effect")).hasSize(1);
        JsonNode effect = coverage.path("effect").get(0);
        assertThat(effect.path("repId").asText()).isEqualTo(repA);
        assertThat(effect.path("coursesPassed").asLong()).isEqualTo(1);
        assertThat(effect.path("firstPassedOn").asText()).isEqualTo("2024-05-20");
        assertThat(effect.path("quarterBefore").asText()).isEqualTo("2024-Q1");
        assertThat(effect.path("revenueBefore").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(effect.path("targetBefore").decimalValue()).isEqualByComparingTo("800.00");
        assertThat(effect.path("attainmentPercentBefore").decimalValue()).isEqualByComparingTo("125.00");
        assertThat(effect.path("quarterAfter").asText()).isEqualTo("2024-Q3");
        assertThat(effect.path("revenueAfter").decimalValue()).isEqualByComparingTo("1800.00");
        // the amount in force when Q3 ended; the adjustment to 4000 in October came after it
        assertThat(effect.path("targetAfter").decimalValue()).isEqualByComparingTo("3600.00");
        assertThat(effect.path("attainmentPercentAfter").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(effect.path("revenueChangePercent").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(effect.path("attainmentChangePoints").decimalValue()).isEqualByComparingTo("-75.00");

        JsonNode q3AsTheAttainmentReportGaveItAtItsEnd = attainment(repA, "2024-Q3", "2024-10-01T00:00:00Z");
        assertThat(q3AsTheAttainmentReportGaveItAtItsEnd.path("attainmentPercent").decimalValue())
                .isEqualByComparingTo(effect.path("attainmentPercentAfter").decimalValue());
        assertThat(attainment(repA, "2024-Q3", null).path("attainmentPercent").decimalValue())
                .as("today's amount gives another percentage").isEqualByComparingTo("45.00");

        String csv = csv("/api/reports/training-coverage?period=2024-Q2&teamId=" + team);
        assertThat(csv).isEqualTo("\uFEFFrepId,repName,coursesPassed,firstPassedOn,quarterBefore,revenueBefore,"
                + "targetBefore,attainmentPercentBefore,quarterAfter,revenueAfter,targetAfter,attainmentPercentAfter,"
                + "revenueChangePercent,attainmentChangePoints\r\n"
                + repA + ",张伟,1,2024-05-20,2024-Q1,1000.00,800.00,125.00,2024-Q3,1800.00,3600.00,50.00,80.00,-75.00\r\n");
    }

    @Test
    void aMonthIsMeasuredOverTheQuartersAroundIt() {
        JsonNode effect = report("/api/reports/training-coverage?period=2024-05&teamId=" + team).path("effect");
        assertThat(effect).hasSize(1);
        assertThat(effect.get(0).path("quarterBefore").asText()).isEqualTo("2024-Q1");
        assertThat(effect.get(0).path("quarterAfter").asText()).isEqualTo("2024-Q3");
        assertThat(effect.get(0).path("attainmentChangePoints").decimalValue()).isEqualByComparingTo("-75.00");
        assertThat(report("/api/reports/training-coverage?period=2024-06&teamId=" + team).path("effect")).isEmpty();
    }

    @Test
    void inAYearEachRepIsMeasuredAroundTheirOwnCourseAndAQuarterWithoutTargetHasNoAttainment() {
        JsonNode coverage = report("/api/reports/training-coverage?period=2024&teamId=" + team);
        assertThat(coverage.path("trainedReps").asLong()).isEqualTo(2);
        assertThat(coverage.path("coveragePercent").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(effectOf(coverage, repA).path("quarterAfter").asText()).isEqualTo("2024-Q3");
        JsonNode lateStarter = effectOf(coverage, repB);
        assertThat(lateStarter.path("firstPassedOn").asText()).isEqualTo("2024-08-05");
        assertThat(lateStarter.path("quarterBefore").asText()).isEqualTo("2024-Q2");
        assertThat(lateStarter.path("revenueBefore").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(lateStarter.has("targetBefore")).isFalse();
        assertThat(lateStarter.has("attainmentPercentBefore")).isFalse();
        assertThat(lateStarter.path("quarterAfter").asText()).isEqualTo("2024-Q4");
        assertThat(lateStarter.path("targetAfter").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(lateStarter.path("attainmentPercentAfter").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(lateStarter.has("revenueChangePercent")).as("no change from nothing").isFalse();
        assertThat(lateStarter.has("attainmentChangePoints")).as("no change without a target before").isFalse();

        assertThat(csv("/api/reports/training-coverage?period=2024&teamId=" + team))
                .contains("\r\n" + repB + ",李娜,1,2024-08-05,2024-Q2,0.00,,,2024-Q4,0.00,1000.00,0.00,,\r\n")
                .contains("\r\n" + repA + ",张伟,1,2024-05-20,2024-Q1,1000.00,800.00,125.00,2024-Q3,1800.00,");
    }

    @Test
    void customerBehaviourPerRegion() {
        JsonNode behaviour = report("/api/reports/customer-behaviour?groupBy=region&size=200");
        JsonNode group = null;
        for (JsonNode candidate : behaviour.path("groups")) {
            if (candidate.path("group").asText().equals(region)) {
                group = candidate;
            }
        }
        assertThat(group).as(behaviour.toString()).isNotNull();
        assertThat(group.path("figures").path("customers").asLong()).isEqualTo(1);
        assertThat(group.path("figures").path("repeatPurchaseRatePercent").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(group.path("figures").path("averageOrderValue").decimalValue()).isEqualByComparingTo("1166.67");
        assertThat(behaviour.path("customers").path("items").toString()).contains(customer);
        var badGroup = ApiClient.onPort(port).as(TestTokens.admin()).get("/api/reports/customer-behaviour?groupBy=colour");
        assertThat(badGroup.status()).isEqualTo(400);
        assertThat(badGroup.json().path("errors").get(0).path("field").asText()).isEqualTo("groupBy");
    }

    private JsonNode attainment(String rep, String period, String asOf) {
        JsonNode items = report("/api/reports/target-attainment?ownerId=" + rep + "&period=" + period
                + (asOf == null ? "" : "&asOf=" + asOf)).path("items");
        return items.isEmpty() ? MissingNode.getInstance() : items.get(0);
    }

    private String csv(String path) {
        var response = ApiClient.onPort(port).as(TestTokens.admin()).get(path, "text/csv");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode effectOf(JsonNode coverage, String rep) {
        for (JsonNode effect : coverage.path("effect")) {
            if (effect.path("repId").asText().equals(rep)) {
                return effect;
            }
        }
        throw new AssertionError("no effect for " + rep + " in " + coverage);
    }

    private JsonNode pipeline() {
        return report("/api/reports/pipeline?teamId=" + team);
    }

    private JsonNode report(String path) {
        var response = ApiClient.onPort(port).as(TestTokens.admin()).get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode product(JsonNode items, String sku) {
        for (JsonNode item : items) {
            if (item.path("sku").asText().equals(sku)) {
                return item;
            }
        }
        throw new AssertionError("no " + sku + " in " + items);
    }

    private void revenueTarget(String id, String owner, String quarter, double amount, String setAt) {
        CalendarPeriod period = CalendarPeriod.parse(quarter);
        publish("targets", "TargetSet", id, data("targets", "TargetSet").put("targetId", id).put("scope", "REP")
                .put("ownerId", owner).put("period", quarter).put("metric", "REVENUE").put("amount", amount)
                .put("timeBound", calendar.endOf(period).toString()), setAt);
    }

    private void adjusted(String id, double from, double to, String at) {
        publish("targets", "TargetAdjusted", id, data("targets", "TargetAdjusted").put("targetId", id)
                .put("previousAmount", from).put("amount", to).put("reason", "季度调整").without("riskId"), at);
    }

    private void order(String buyer, String at, String sku, int quantity, double total) {
        String orderId = UUID.randomUUID().toString();
        ObjectNode placed = data("orders", "OrderPlaced").put("orderId", orderId).put("customerId", buyer)
                .put("repId", repA).put("teamId", team).put("total", total);
        placed.putArray("lines").addObject().put("sku", sku).put("quantity", quantity).put("listPrice", total / quantity)
                .put("unitPrice", total / quantity).put("discountPercent", 0.0).put("lineTotal", total);
        publish("orders", "OrderPlaced", orderId, placed, at);
        ObjectNode confirmed = data("orders", "OrderConfirmed").setAll(placed.deepCopy()
                .retain("orderId", "customerId", "repId", "teamId", "lines", "total", "currency"));
        publish("orders", "OrderConfirmed", orderId, confirmed, at);
    }

    private void opened(String id, String at, double expected, String closeDate) {
        publish("orders", "OpportunityOpened", id, opportunity("OpportunityOpened", id).put("expectedAmount", expected)
                .put("expectedCloseDate", closeDate), at);
    }

    private void stage(String id, String from, String to, int probability, double expected, String at) {
        publish("orders", "OpportunityStageChanged", id, opportunity("OpportunityStageChanged", id)
                .put("fromStage", from).put("toStage", to).put("probability", probability)
                .put("expectedAmount", expected), at);
    }

    private ObjectNode opportunity(String type, String id) {
        return data("orders", type).put("opportunityId", id).put("customerId", customer).put("repId", repA)
                .put("teamId", team);
    }
}
