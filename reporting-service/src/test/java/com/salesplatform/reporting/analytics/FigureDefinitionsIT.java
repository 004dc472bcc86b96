package com.salesplatform.reporting.analytics;

import static com.salesplatform.platformtest.ContractEvents.data;
import static com.salesplatform.platformtest.ContractEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Figures whose definition was wrong before: payments collected for one sku, funnel conversion per cohort after a
 * skipped stage and a reopen, a customer's current profile and recency in days in the customer behaviour. Each
 * test has a team of its own.
 */
@ServiceIntegrationTest
class FigureDefinitionsIT {

    @LocalServerPort
    private int port;
    @Autowired
    private Clock clock;

    private final String team = UUID.randomUUID().toString();
    private final String rep = UUID.randomUUID().toString();
    private final String customer = UUID.randomUUID().toString();

    /**
     * A payment is for its whole order: for a sku it counts with the sku's share of the order's lines. Order 1 has
     * CRM-PRO 600.00 and SVC-IMPL 400.00, 500.00 paid; order 2 only CRM-PRO 100.00, paid in full.
     */
    @Test
    void collectedForASkuIsItsShareOfEachPayment() {
        lead("华东", "制造", "2024-05-01T00:00:00Z");
        String first = confirmedOrder("2024-05-10T02:00:00Z", line("CRM-PRO", 1, 600.00), line("SVC-IMPL", 2, 400.00));
        String second = confirmedOrder("2024-05-10T03:00:00Z", line("CRM-PRO", 1, 100.00));
        paid(first, 500.00, "2024-05-11T02:00:00Z");
        paid(second, 100.00, "2024-05-11T03:00:00Z");

        await("both payments").atMost(Duration.ofSeconds(60)).until(() -> collected(null).compareTo(
                new BigDecimal("600.00")) == 0);
        assertThat(collected("SVC-IMPL")).isEqualByComparingTo("200.00");
        assertThat(collected("CRM-PRO")).isEqualByComparingTo("400.00");
        assertThat(collected("NO-SUCH-SKU")).isEqualByComparingTo("0");
    }

    /**
     * Deal 1 goes PROSPECTING → NEEDS_ANALYSIS → PROPOSAL, deal 2 skips NEEDS_ANALYSIS, deal 3 is lost in
     * PROSPECTING and reopened straight into PROPOSAL. Counting reached stages, PROPOSAL would convert 300 % of
     * NEEDS_ANALYSIS; per cohort it is the one deal of the NEEDS_ANALYSIS cohort that went on: 100 %.
     */
    @Test
    void conversionIsPerCohortAndNeverAboveAHundredPercent() {
        String one = opened("2024-06-01T00:00:00Z");
        String two = opened("2024-06-01T00:00:00Z");
        String three = opened("2024-06-01T00:00:00Z");
        stage(one, "PROSPECTING", "NEEDS_ANALYSIS", 25, "2024-06-03T00:00:00Z");
        stage(one, "NEEDS_ANALYSIS", "PROPOSAL", 50, "2024-06-05T00:00:00Z");
        stage(two, "PROSPECTING", "PROPOSAL", 50, "2024-06-04T00:00:00Z");
        publish("orders", "OpportunityLost", three, opportunity("OpportunityLost", three).put("fromStage", "PROSPECTING")
                .put("reason", "预算冻结").put("competitor", "某竞品公司"), "2024-06-02T00:00:00Z");
        stage(three, "LOST", "PROPOSAL", 50, "2024-06-06T00:00:00Z");

        await("the funnel").atMost(Duration.ofSeconds(60)).until(() ->
                pipeline().path("stages").get(2).path("reached").asLong() == 3
                        && pipeline().path("stages").get(2).path("openCount").asLong() == 3);
        JsonNode stages = pipeline().path("stages");
        assertThat(stages.get(0).path("reached").asLong()).isEqualTo(3);
        assertThat(stages.get(0).path("conversionPercent").isMissingNode()).isTrue();
        assertThat(stages.get(1).path("reached").asLong()).isEqualTo(1);
        assertThat(stages.get(1).path("conversionPercent").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(stages.get(2).path("conversionPercent").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(stages.get(3).path("conversionPercent").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(stages.get(4).path("conversionPercent").isMissingNode()).as("nobody entered NEGOTIATION").isTrue();
    }

    /** The profile as it reads now, and a customer who bought today is recent (R 5, NEW), not HIBERNATING. */
    @Test
    void customerBehaviourShowsTheCurrentProfileAndATodaysBuyerIsRecent() {
        lead("华东", "制造", clock.instant().minus(Duration.ofDays(2)).toString());
        publish("customers", "CustomerProfileUpdated", customer, data("customers", "CustomerProfileUpdated")
                .put("customerId", customer).put("name", "上海新联贸易有限公司").put("region", "华南")
                .put("industry", "零售"), clock.instant().minus(Duration.ofDays(1)).toString());
        confirmedOrder(clock.instant().toString(), line("CRM-PRO", 1, 800.00));

        await("the buyer").atMost(Duration.ofSeconds(60)).until(() -> behaviour().path("customers").path("items")
                .toString().contains("上海新联贸易有限公司"));
        JsonNode buyer = behaviour().path("customers").path("items").get(0);
        assertThat(buyer.path("customerId").asText()).isEqualTo(customer);
        assertThat(buyer.path("group").asText()).isEqualTo("零售");
        assertThat(buyer.path("recencyScore").asInt()).isEqualTo(5);
        assertThat(buyer.path("frequencyScore").asInt()).isEqualTo(1);
        assertThat(buyer.path("segment").asText()).isEqualTo("NEW");
    }

    private BigDecimal collected(String sku) {
        JsonNode days = get("/api/reports/sales-trend?granularity=DAY&from=2024-05-11&to=2024-05-11&teamId=" + team
                + (sku == null ? "" : "&sku=" + sku));
        return days.path("items").get(0).path("collected").decimalValue();
    }

    private JsonNode pipeline() {
        return get("/api/reports/pipeline?teamId=" + team);
    }

    private JsonNode behaviour() {
        var response = ApiClient.onPort(port).as(TestTokens.rep(rep, team))
                .get("/api/reports/customer-behaviour?groupBy=industry");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode get(String path) {
        var response = ApiClient.onPort(port).as(TestTokens.admin()).get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private void lead(String region, String industry, String at) {
        publish("customers", "LeadRegistered", customer, data("customers", "LeadRegistered").put("customerId", customer)
                .put("ownerRepId", rep).put("name", "上海华联贸易有限公司").put("region", region)
                .put("industry", industry), at);
    }

    private static ObjectNode line(String sku, int quantity, double lineTotal) {
        return data("orders", "OrderPlaced").objectNode().put("sku", sku).put("quantity", quantity)
                .put("listPrice", lineTotal / quantity).put("unitPrice", lineTotal / quantity)
                .put("discountPercent", 0.0).put("lineTotal", lineTotal);
    }

    private String confirmedOrder(String at, ObjectNode... lines) {
        String order = UUID.randomUUID().toString();
        double total = 0;
        ObjectNode placed = data("orders", "OrderPlaced").put("orderId", order).put("customerId", customer)
                .put("repId", rep).put("teamId", team);
        ArrayNode items = placed.putArray("lines");
        for (ObjectNode line : lines) {
            items.add(line);
            total += line.path("lineTotal").asDouble();
        }
        placed.put("total", total);
        publish("orders", "OrderPlaced", order, placed, at);
        publish("orders", "OrderConfirmed", order, data("orders", "OrderConfirmed").setAll(placed.deepCopy()
                .retain("orderId", "customerId", "repId", "teamId", "lines", "total", "currency")), at);
        return order;
    }

    private void paid(String order, double amount, String at) {
        publish("orders", "PaymentReceived", order, data("orders", "PaymentReceived").put("orderId", order)
                .put("paymentId", UUID.randomUUID().toString()).put("customerId", customer).put("repId", rep)
                .put("teamId", team).put("amount", amount).put("paidTotal", amount).put("outstanding", 0.0), at);
    }

    private String opened(String at) {
        String id = UUID.randomUUID().toString();
        publish("orders", "OpportunityOpened", id, opportunity("OpportunityOpened", id).put("expectedAmount", 1000.00)
                .put("expectedCloseDate", "2024-07-31"), at);
        return id;
    }

    private void stage(String id, String from, String to, int probability, String at) {
        publish("orders", "OpportunityStageChanged", id, opportunity("OpportunityStageChanged", id)
                .put("fromStage", from).put("toStage", to).put("probability", probability)
                .put("expectedAmount", 1000.00), at);
    }

    private ObjectNode opportunity(String type, String id) {
        return data("orders", type).put("opportunityId", id).put("customerId", customer).put("repId", rep)
                .put("teamId", team);
    }
}
