package com.salesplatform.reporting.analytics;

import static com.salesplatform.platformtest.ContractEvents.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.platform.inbox.InboundSubscriptions;
import com.salesplatform.platform.readmodel.ReadModelGenerations;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestKafka;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.reporting.ConsumersCaughtUp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The same month of one team's sales (September 2023) arrives twice, each time under ids of its own: once in the
 * order it happened, once out of order across aggregates — orders, payments, opportunities, targets, risks and a
 * course completion first, applied before the customers and the product they refer to, which are applied before
 * the roster of the reps they belong to — and every event of that second stream is delivered again (as a publisher
 * that finds its topic empty republishes its whole event store). Within one aggregate the order stays as Kafka's keys
 * keep it. Both streams give exactly the figures counted by hand, in every report.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutOfOrderArrivalsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ROSTER = Set.of("TeamCreated", "RepHired");
    private static final Set<String> REFERENCED = Set.of("LeadRegistered", "CustomerConverted", "CommunicationLogged",
            "ProductAdded");

    @LocalServerPort
    private int port;
    @Autowired
    private InboundSubscriptions subscriptions;
    @Autowired
    private ReadModelGenerations generations;

    private final Universe inOrder = new Universe();
    private final Universe outOfOrder = new Universe();
    private final Map<String, JsonNode> beforeTheReferencesArrived = new LinkedHashMap<>();

    @BeforeAll
    void theSameFactsArriveInOrderAndOutOfOrder() {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            Consumer<Fact> publish = fact -> fact.publishWith(producer);
            List<Fact> happened = inOrder.facts();
            assertThat(happened).isSortedAccordingTo(Comparator.comparing(Fact::occurredAt));
            happened.forEach(publish);
            awaitEveryConsumer();

            // Each wave is applied before the next is sent: the consumers of different topics run side by side, so
            // only this makes the disorder happen in the read models and not merely on the wire.
            List<Fact> stream = outOfOrder.facts();
            List<Fact> referring = stream.stream()
                    .filter(f -> !ROSTER.contains(f.type()) && !REFERENCED.contains(f.type())).toList();
            referring.forEach(publish);
            awaitEveryConsumer();
            beforeTheReferencesArrived.put("trend", trend("&teamId=" + outOfOrder.team).get(0));
            beforeTheReferencesArrived.put("leaderboard", leaderboard(outOfOrder));
            beforeTheReferencesArrived.put("customers", customerBehaviour(outOfOrder));
            beforeTheReferencesArrived.put("training", trainingCoverage(outOfOrder));

            stream.stream().filter(f -> REFERENCED.contains(f.type())).forEach(publish);
            awaitEveryConsumer();
            stream.stream().filter(f -> ROSTER.contains(f.type())).forEach(publish);
            // redeliveries: the first wave once more, then the whole stream again
            referring.forEach(publish);
            stream.forEach(publish);
            awaitEveryConsumer();
        }
    }

    @Test
    void theOrdersWereAppliedBeforeTheRosterAndTheCustomersArrived() {
        assertThat(beforeTheReferencesArrived.get("trend").path("bookedRevenue").decimalValue())
                .isEqualByComparingTo("5000.00");
        assertThat(beforeTheReferencesArrived.get("leaderboard").path("items")).as("no reps yet").isEmpty();
        assertThat(beforeTheReferencesArrived.get("customers").path("overall").path("customers").asLong()).isZero();
        assertThat(beforeTheReferencesArrived.get("training").path("trainedReps").asLong()).isZero();
    }

    @Test
    void theSalesTrendCountsEveryOrderAndPaymentOnce() {
        JsonNode month = trend("&teamId=" + outOfOrder.team).get(0);
        assertThat(month.path("bookedRevenue").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(month.path("orders").asLong()).isEqualTo(3);
        assertThat(month.path("units").asLong()).isEqualTo(4);
        assertThat(month.path("collected").decimalValue()).isEqualByComparingTo("2200.00");
        JsonNode byRegion = trend("&region=" + outOfOrder.region).get(0);
        assertThat(byRegion.path("bookedRevenue").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(byRegion.path("collected").decimalValue()).isEqualByComparingTo("2200.00");

        assertSameFigures(universe -> get(TestTokens.admin(), "/api/reports/sales-trend?granularity=DAY"
                + "&from=2023-09-01&to=2023-09-30&teamId=" + universe.team).path("items"));
        assertSameFigures(universe -> trend("&region=" + universe.region));
    }

    @Test
    void theLeaderboardRanksTheRepsOnceTheRosterCame() {
        JsonNode board = leaderboard(outOfOrder).path("items");
        assertThat(board).hasSize(2);
        assertThat(board.get(0).path("repId").asText()).isEqualTo(outOfOrder.repA);
        assertThat(board.get(0).path("repName").asText()).isEqualTo("王芳");
        assertThat(board.get(0).path("bookedRevenue").decimalValue()).isEqualByComparingTo("3800.00");
        assertThat(board.get(0).path("orders").asLong()).isEqualTo(2);
        assertThat(board.get(1).path("repId").asText()).isEqualTo(outOfOrder.repB);
        assertThat(board.get(1).path("bookedRevenue").decimalValue()).isEqualByComparingTo("1200.00");
        assertThat(board.get(1).path("rank").asInt()).isEqualTo(2);

        assertSameFigures(this::leaderboard);
    }

    @Test
    void targetAttainmentUsesTheAdjustedAmountAndTheOpenPipeline() {
        JsonNode repA = attainment(outOfOrder, outOfOrder.repA);
        assertThat(repA.path("target").decimalValue()).isEqualByComparingTo("4000.00");
        assertThat(repA.path("actual").decimalValue()).isEqualByComparingTo("3800.00");
        assertThat(repA.path("attainmentPercent").decimalValue()).isEqualByComparingTo("95.00");
        assertThat(repA.path("pipelineWeightedForecast").decimalValue()).isEqualByComparingTo("5300.00");
        assertThat(repA.path("outlook").asText()).isEqualTo("AT_RISK");
        JsonNode repB = attainment(outOfOrder, outOfOrder.repB);
        assertThat(repB.path("actual").decimalValue()).isEqualByComparingTo("1200.00");
        assertThat(repB.path("attainmentPercent").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(repB.path("outlook").asText()).isEqualTo("OFF_TRACK");

        assertSameFigures(universe -> attainment(universe, universe.repA));
        assertSameFigures(universe -> attainment(universe, universe.repB));
    }

    @Test
    void customerBehaviourJoinsTheOrdersToCustomersThatCameLater() {
        JsonNode behaviour = customerBehaviour(outOfOrder);
        assertThat(behaviour.path("overall").path("customers").asLong()).isEqualTo(2);
        assertThat(behaviour.path("overall").path("repeatPurchaseRatePercent").decimalValue())
                .isEqualByComparingTo("50.00");
        assertThat(behaviour.path("overall").path("averageOrderValue").decimalValue()).isEqualByComparingTo("1666.67");
        assertThat(behaviour.path("groups")).hasSize(1);
        assertThat(behaviour.path("groups").get(0).path("group").asText()).isEqualTo(outOfOrder.region);
        JsonNode best = behaviour.path("customers").path("items").get(0);
        assertThat(best.path("customerId").asText()).isEqualTo(outOfOrder.customer1);
        assertThat(best.path("name").asText()).isEqualTo("深圳前海科技有限公司");
        assertThat(best.path("orders").asLong()).isEqualTo(2);
        assertThat(best.path("monetary").decimalValue()).isEqualByComparingTo("3800.00");

        assertSameFigures(this::customerBehaviour);
    }

    @Test
    void riskAlertsShowTheOverduePaymentOnceWithTheCustomersAndTheRisk() {
        JsonNode alerts = riskAlerts(outOfOrder);
        assertThat(alerts).hasSize(4);
        JsonNode overdue = alerts.get(0);
        assertThat(overdue.path("kind").asText()).isEqualTo("OVERDUE_PAYMENT");
        assertThat(overdue.path("orderId").asText()).isEqualTo(outOfOrder.order1);
        assertThat(overdue.path("amount").decimalValue()).as("3000 less one payment of 1000, counted once")
                .isEqualByComparingTo("2000.00");
        assertThat(overdue.path("since").asText()).isEqualTo("2023-10-05T00:00:00Z");
        assertThat(alerts.get(1).path("customerId").asText()).isEqualTo(outOfOrder.customer2);
        assertThat(alerts.get(2).path("customerId").asText()).isEqualTo(outOfOrder.customer1);
        assertThat(alerts.get(3).path("kind").asText()).isEqualTo("HIGH_RISK");
        assertThat(alerts.get(3).path("description").asText()).endsWith("(score 20)");

        assertSameFigures(universe -> withoutDays(riskAlerts(universe)));
    }

    @Test
    void theFunnelActivityTrainingAndProductsAreTheSameAsInOrder() {
        JsonNode pipeline = pipeline(outOfOrder);
        assertThat(pipeline.path("stages").get(0).path("reached").asLong()).isEqualTo(2);
        assertThat(pipeline.path("stages").get(3).path("weightedValue").decimalValue()).isEqualByComparingTo("1500.00");
        assertThat(pipeline.path("winRatePercent").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(pipeline.path("averageCycleDays").decimalValue()).isEqualByComparingTo("19.00");
        JsonNode activity = activity(outOfOrder).path("items").get(0);
        assertThat(activity.path("repId").asText()).isEqualTo(outOfOrder.repB);
        JsonNode repAActivity = activity(outOfOrder).path("items").get(1);
        assertThat(repAActivity.path("visits").asLong()).isEqualTo(1);
        assertThat(repAActivity.path("newLeads").asLong()).isEqualTo(2);
        JsonNode training = trainingCoverage(outOfOrder);
        assertThat(training.path("trainedReps").asLong()).isEqualTo(1);
        assertThat(training.path("effect").get(0).path("repId").asText()).isEqualTo(outOfOrder.repB);
        JsonNode product = product(outOfOrder);
        assertThat(product.path("name").asText()).isEqualTo("智能门锁 X1");
        assertThat(product.path("units").asLong()).isEqualTo(4);
        assertThat(product.path("revenue").decimalValue()).isEqualByComparingTo("5000.00");

        assertSameFigures(this::pipeline);
        assertSameFigures(this::activity);
        assertSameFigures(this::trainingCoverage);
        // the rank is among every product sold that month, this stream's and the other's
        assertSameFigures(universe -> ((ObjectNode) product(universe).deepCopy()).without("rank"));
    }

    /** The out-of-order stream's report, its ids read as the in-order stream's, equals the in-order one's. */
    private void assertSameFigures(Function<Universe, JsonNode> report) {
        JsonNode expected = report.apply(inOrder);
        String actual = report.apply(outOfOrder).toString();
        for (Map.Entry<String, String> id : outOfOrder.idsMatching(inOrder).entrySet()) {
            actual = actual.replace(id.getKey(), id.getValue());
        }
        try {
            assertThat(JSON.readTree(actual)).isEqualTo(expected);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private void awaitEveryConsumer() {
        await("every consumer has taken every record").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> ConsumersCaughtUp.all(subscriptions, generations));
    }

    private JsonNode trend(String filter) {
        return get(TestTokens.admin(), "/api/reports/sales-trend?granularity=MONTH&from=2023-09-01&to=2023-09-30"
                + filter).path("items");
    }

    private JsonNode leaderboard(Universe universe) {
        return get(TestTokens.admin(), "/api/reports/leaderboard?period=2023-09&teamId=" + universe.team);
    }

    private JsonNode attainment(Universe universe, String rep) {
        JsonNode items = get(TestTokens.admin(), "/api/reports/target-attainment?period=2023-09&ownerId=" + rep)
                .path("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private JsonNode customerBehaviour(Universe universe) {
        return get(TestTokens.rep(universe.repA, universe.team), "/api/reports/customer-behaviour?groupBy=region");
    }

    /** The alerts about the rep's orders, customers and risks (a company target of another test may show too). */
    private JsonNode riskAlerts(Universe universe) {
        ArrayNode alerts = JSON.createArrayNode();
        get(TestTokens.rep(universe.repA, universe.team), "/api/reports/risk-alerts?size=200").path("items")
                .forEach(alert -> {
                    if (alert.path("repId").asText().equals(universe.repA)) {
                        alerts.add(alert);
                    }
                });
        return alerts;
    }

    private JsonNode pipeline(Universe universe) {
        return get(TestTokens.admin(), "/api/reports/pipeline?teamId=" + universe.team);
    }

    private JsonNode activity(Universe universe) {
        return get(TestTokens.admin(), "/api/reports/activity?period=2023-09&teamId=" + universe.team);
    }

    private JsonNode trainingCoverage(Universe universe) {
        return get(TestTokens.admin(), "/api/reports/training-coverage?period=2023-09&teamId=" + universe.team);
    }

    private JsonNode product(Universe universe) {
        for (JsonNode item : get(TestTokens.admin(), "/api/reports/product-popularity?period=2023-09&size=200")
                .path("items")) {
            if (item.path("sku").asText().equals(universe.sku)) {
                return item;
            }
        }
        throw new AssertionError("no product " + universe.sku);
    }

    private static JsonNode withoutDays(JsonNode alerts) {
        JsonNode copy = alerts.deepCopy();
        copy.forEach(alert -> ((ObjectNode) alert).remove("days"));
        return copy;
    }

    private JsonNode get(String token, String path) {
        var response = ApiClient.onPort(port).as(token).get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** One published event, the same envelope (and event id) however often it is delivered. */
    private record Fact(String context, String type, String key, Instant occurredAt, String envelope) {

        static Fact of(String context, String type, String key, ObjectNode data, String occurredAt) {
            Instant at = Instant.parse(occurredAt);
            return new Fact(context, type, key, at, Contracts.envelope(context, type, 1, UUID.randomUUID().toString(),
                    key, data, at));
        }

        void publishWith(KafkaProducer<String, String> producer) {
            try {
                producer.send(new ProducerRecord<>("sales." + context + ".events", key, envelope)).get();
            } catch (Exception e) {
                throw new IllegalStateException("Could not publish " + type, e);
            }
        }
    }

    /** The ids of one telling of the month: a team of two reps, two customers, one product, four orders. */
    private static final class Universe {

        final String team = id();
        final String repA = id();
        final String repB = id();
        final String customer1 = id();
        final String customer2 = id();
        final String order1 = id();
        final String order2 = id();
        final String order3 = id();
        final String order4 = id();
        final String wonOpportunity = id();
        final String openOpportunity = id();
        final String targetA = id();
        final String targetB = id();
        final String risk = id();
        final String sku = "S" + id().substring(0, 8).toUpperCase(Locale.ROOT);
        final String region = "华南-" + id().substring(0, 6);

        private static String id() {
            return UUID.randomUUID().toString();
        }

        Map<String, String> idsMatching(Universe other) {
            Map<String, String> ids = new LinkedHashMap<>();
            ids.put(team, other.team);
            ids.put(repA, other.repA);
            ids.put(repB, other.repB);
            ids.put(customer1, other.customer1);
            ids.put(customer2, other.customer2);
            ids.put(order1, other.order1);
            ids.put(order2, other.order2);
            ids.put(order3, other.order3);
            ids.put(order4, other.order4);
            ids.put(wonOpportunity, other.wonOpportunity);
            ids.put(openOpportunity, other.openOpportunity);
            ids.put(targetA, other.targetA);
            ids.put(targetB, other.targetB);
            ids.put(risk, other.risk);
            ids.put(sku, other.sku);
            ids.put(region, other.region);
            return ids;
        }

        /** Everything that happened, in the order it happened. */
        List<Fact> facts() {
            List<Fact> facts = new ArrayList<>();
            facts.add(Fact.of("performance", "TeamCreated", team, data("performance", "TeamCreated")
                    .put("teamId", team).put("name", "华南二组"), "2023-08-01T00:00:00Z"));
            facts.add(Fact.of("performance", "RepHired", repA, data("performance", "RepHired").put("repId", repA)
                    .put("teamId", team).put("name", "王芳"), "2023-08-01T01:00:00Z"));
            facts.add(Fact.of("performance", "RepHired", repB, data("performance", "RepHired").put("repId", repB)
                    .put("teamId", team).put("name", "刘洋"), "2023-08-01T02:00:00Z"));
            facts.add(Fact.of("orders", "ProductAdded", sku, data("orders", "ProductAdded").put("sku", sku)
                    .put("name", "智能门锁 X1").put("category", "硬件").put("listPrice", 1500.00), "2023-08-02T00:00:00Z"));
            facts.add(Fact.of("targets", "TargetSet", targetA, target(targetA, repA, 5000.00), "2023-08-25T00:00:00Z"));
            facts.add(Fact.of("targets", "TargetSet", targetB, target(targetB, repB, 2000.00), "2023-08-25T01:00:00Z"));
            ObjectNode identified = data("targets", "RiskIdentified").put("riskId", risk).put("ownerRepId", repA);
            identified.putArray("targetIds").add(targetA);
            identified.putArray("customerIds").add(customer1);
            facts.add(Fact.of("targets", "RiskIdentified", risk, identified, "2023-08-28T00:00:00Z"));
            facts.add(Fact.of("targets", "RiskAssessed", risk, data("targets", "RiskAssessed").put("riskId", risk),
                    "2023-08-29T00:00:00Z"));
            facts.add(Fact.of("customers", "LeadRegistered", customer1, lead(customer1, "深圳前海科技有限公司"),
                    "2023-09-01T00:00:00Z"));
            facts.add(opportunity("OpportunityOpened", wonOpportunity, "2023-09-01T01:00:00Z", data -> data
                    .put("expectedAmount", 6000.00).put("expectedCloseDate", "2023-09-28")));
            facts.add(Fact.of("customers", "LeadRegistered", customer2, lead(customer2, "广州天河贸易商行"),
                    "2023-09-02T00:00:00Z"));
            facts.add(Fact.of("customers", "CustomerConverted", customer1, data("customers", "CustomerConverted")
                    .put("customerId", customer1).put("ownerRepId", repA), "2023-09-03T00:00:00Z"));
            facts.add(Fact.of("customers", "CommunicationLogged", customer1, data("customers", "CommunicationLogged")
                    .put("customerId", customer1).put("communicationId", id()).put("ownerRepId", repA)
                    .put("type", "VISIT").put("occurredAt", "2023-09-04T03:00:00Z"), "2023-09-04T03:00:00Z"));
            facts.addAll(order(order1, repA, customer1, 2, 1500.00, "2023-09-05T02:00:00Z"));
            facts.add(opportunity("OpportunityOpened", openOpportunity, "2023-09-05T04:00:00Z", data -> data
                    .put("expectedAmount", 2000.00).put("expectedCloseDate", "2023-09-29")));
            facts.add(opportunity("OpportunityStageChanged", wonOpportunity, "2023-09-06T00:00:00Z", data -> data
                    .put("fromStage", "PROSPECTING").put("toStage", "PROPOSAL").put("probability", 50)
                    .put("expectedAmount", 6000.00)));
            facts.add(Fact.of("training", "CourseCompleted", repB, data("training", "CourseCompleted")
                    .put("repId", repB).put("passed", true).put("completedOn", "2023-09-08"), "2023-09-08T00:00:00Z"));
            facts.add(Fact.of("targets", "TargetAdjusted", targetA, data("targets", "TargetAdjusted")
                    .put("targetId", targetA).put("previousAmount", 5000.00).put("amount", 4000.00)
                    .put("reason", "大客户推迟采购").without("riskId"), "2023-09-10T00:00:00Z"));
            facts.add(payment(order1, repA, customer1, 1000.00, 3000.00, "2023-09-12T00:00:00Z"));
            facts.add(opportunity("OpportunityStageChanged", openOpportunity, "2023-09-12T01:00:00Z", data -> data
                    .put("fromStage", "PROSPECTING").put("toStage", "NEGOTIATION").put("probability", 75)
                    .put("expectedAmount", 2000.00)));
            facts.addAll(order(order2, repA, customer2, 1, 1500.00, "2023-09-15T00:00:00Z"));
            facts.add(Fact.of("orders", "OrderCancelled", order2, orderData("OrderCancelled", order2, repA, customer2,
                    1, 1500.00).put("reason", "客户预算取消"), "2023-09-18T00:00:00Z"));
            facts.add(opportunity("OpportunityWon", wonOpportunity, "2023-09-20T01:00:00Z", data -> data
                    .put("fromStage", "PROPOSAL").put("amount", 6000.00)));
            facts.addAll(order(order3, repB, customer2, 1, 1200.00, "2023-09-20T02:00:00Z"));
            facts.addAll(order(order4, repA, customer1, 1, 800.00, "2023-09-22T00:00:00Z"));
            facts.add(payment(order3, repB, customer2, 1200.00, 1200.00, "2023-09-25T00:00:00Z"));
            facts.add(Fact.of("orders", "OrderPaid", order3, data("orders", "OrderPaid").put("orderId", order3)
                    .put("customerId", customer2).put("repId", repB).put("teamId", team).put("total", 1200.00),
                    "2023-09-25T01:00:00Z"));
            facts.add(Fact.of("orders", "PaymentOverdue", order1, data("orders", "PaymentOverdue")
                    .put("orderId", order1).put("customerId", customer1).put("repId", repA).put("teamId", team)
                    .put("outstanding", 2000.00).put("paymentDueAt", "2023-10-05T00:00:00Z"), "2023-10-05T00:00:00Z"));
            return facts;
        }

        private ObjectNode target(String id, String owner, double amount) {
            return data("targets", "TargetSet").put("targetId", id).put("scope", "REP").put("ownerId", owner)
                    .put("period", "2023-09").put("metric", "REVENUE").put("amount", amount)
                    .put("timeBound", "2023-10-01T00:00:00Z");
        }

        private ObjectNode lead(String id, String name) {
            return data("customers", "LeadRegistered").put("customerId", id).put("name", name)
                    .put("ownerRepId", repA).put("region", region);
        }

        private List<Fact> order(String id, String rep, String customer, int quantity, double unitPrice, String at) {
            Instant placed = Instant.parse(at);
            return List.of(
                    Fact.of("orders", "OrderPlaced", id, orderData("OrderPlaced", id, rep, customer, quantity,
                            unitPrice), placed.toString()),
                    Fact.of("orders", "OrderConfirmed", id, orderData("OrderConfirmed", id, rep, customer, quantity,
                            unitPrice), placed.plusSeconds(600).toString()));
        }

        private ObjectNode orderData(String type, String id, String rep, String customer, int quantity,
                                     double unitPrice) {
            ObjectNode order = data("orders", type).put("orderId", id).put("customerId", customer).put("repId", rep)
                    .put("teamId", team).put("total", quantity * unitPrice);
            order.remove("quoteId");
            order.putArray("lines").addObject().put("sku", sku).put("quantity", quantity).put("listPrice", unitPrice)
                    .put("unitPrice", unitPrice).put("discountPercent", 0.0).put("lineTotal", quantity * unitPrice);
            return order;
        }

        private Fact payment(String order, String rep, String customer, double amount, double total, String at) {
            return Fact.of("orders", "PaymentReceived", order, data("orders", "PaymentReceived").put("orderId", order)
                    .put("paymentId", id()).put("customerId", customer).put("repId", rep).put("teamId", team)
                    .put("amount", amount).put("paidTotal", amount).put("outstanding", total - amount), at);
        }

        private Fact opportunity(String type, String id, String at, UnaryOperator<ObjectNode> details) {
            return Fact.of("orders", type, id, details.apply(data("orders", type).put("opportunityId", id)
                    .put("customerId", customer1).put("repId", repA).put("teamId", team)), at);
        }

    }
}
