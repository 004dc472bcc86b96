package com.salesplatform.reporting.analytics;

import static com.salesplatform.platformtest.ContractEvents.data;
import static com.salesplatform.platformtest.ContractEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.platform.inbox.InboundSubscriptions;
import com.salesplatform.platform.readmodel.ReadModelGenerations;
import com.salesplatform.platform.web.CsvRows;
import com.salesplatform.platform.web.PageResponse;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.reporting.ConsumersCaughtUp;
import com.salesplatform.reporting.csv.Rfc4180;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint that answers {@code Accept: text/csv} gives, for the same query, a CSV (UTF-8 with a byte-order
 * mark, RFC 4180) that parses back to the JSON's rows: the same fields, numbers equal as decimals, texts equal —
 * over a month (November 2022) whose names hold Chinese, commas, double quotes and line breaks.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvRoundTripIT {

    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final String AWKWARD_REP = "王\"大锤\", 华北一组";
    private static final String AWKWARD_CUSTOMER = "北京\"长城\", 贸易有限公司";
    private static final String AWKWARD_PRODUCT = "套装 \"旗舰版\", 含安装";
    private static final String MULTI_LINE_RISK = "第一行：客户资金紧张,\r\n第二行：\"可能\"延期付款";
    private static final String MULTI_LINE_HIGHLIGHTS = "签下\"长城\"大单,\n回款 1000.25";

    @LocalServerPort
    private int port;
    @Autowired
    private InboundSubscriptions subscriptions;
    @Autowired
    private ReadModelGenerations generations;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private final String team = UUID.randomUUID().toString();
    private final String rep = UUID.randomUUID().toString();
    private final String otherRep = UUID.randomUUID().toString();
    private final String customer = UUID.randomUUID().toString();
    private final String otherCustomer = UUID.randomUUID().toString();
    private final String sku = "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final String otherSku = "D" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final String region = "华北, 京津-" + UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    void aMonthWithAwkwardNames() {
        publish("performance", "TeamCreated", team, data("performance", "TeamCreated").put("teamId", team)
                .put("name", "华北\"一组\""), "2022-10-01T00:00:00Z");
        publish("performance", "RepHired", rep, data("performance", "RepHired").put("repId", rep).put("teamId", team)
                .put("name", AWKWARD_REP), "2022-10-01T00:00:00Z");
        publish("performance", "RepHired", otherRep, data("performance", "RepHired").put("repId", otherRep)
                .put("teamId", team).put("name", "李雷"), "2022-10-01T00:00:00Z");
        publish("orders", "ProductAdded", sku, data("orders", "ProductAdded").put("sku", sku)
                .put("name", AWKWARD_PRODUCT).put("category", "软件, 服务"), "2022-10-01T00:00:00Z");
        publish("orders", "ProductAdded", otherSku, data("orders", "ProductAdded").put("sku", otherSku)
                .put("name", "上门培训").put("category", "服务"), "2022-10-01T00:00:00Z");
        publish("customers", "LeadRegistered", customer, data("customers", "LeadRegistered").put("customerId", customer)
                .put("name", AWKWARD_CUSTOMER).put("ownerRepId", rep).put("region", region), "2022-11-01T00:00:00Z");
        publish("customers", "LeadRegistered", otherCustomer, data("customers", "LeadRegistered")
                .put("customerId", otherCustomer).put("name", "天津滨海商贸").put("ownerRepId", rep)
                .put("region", region), "2022-11-01T01:00:00Z");
        publish("customers", "CommunicationLogged", customer, data("customers", "CommunicationLogged")
                .put("customerId", customer).put("communicationId", UUID.randomUUID().toString())
                .put("ownerRepId", rep).put("type", "VISIT").put("occurredAt", "2022-11-02T03:00:00Z"),
                "2022-11-02T03:00:00Z");

        String overdue = order(rep, customer, sku, 2, 1250.50, "2022-11-03T02:00:00Z");
        publish("orders", "PaymentReceived", overdue, data("orders", "PaymentReceived").put("orderId", overdue)
                .put("paymentId", UUID.randomUUID().toString()).put("customerId", customer).put("repId", rep)
                .put("teamId", team).put("amount", 1000.25).put("paidTotal", 1000.25).put("outstanding", 1500.75),
                "2022-11-10T00:00:00Z");
        publish("orders", "PaymentOverdue", overdue, data("orders", "PaymentOverdue").put("orderId", overdue)
                .put("customerId", customer).put("repId", rep).put("teamId", team).put("outstanding", 1500.75)
                .put("paymentDueAt", "2022-12-05T00:00:00Z"), "2022-12-05T00:00:00Z");
        order(rep, otherCustomer, otherSku, 1, 333.33, "2022-11-07T00:00:00Z");
        order(rep, customer, otherSku, 1, 100.00, "2022-11-20T00:00:00Z");
        String cancelled = order(otherRep, otherCustomer, sku, 1, 999.99, "2022-11-15T00:00:00Z");
        publish("orders", "OrderCancelled", cancelled, orderData("OrderCancelled", cancelled, otherRep, otherCustomer,
                sku, 1, 999.99).put("reason", "客户说 \"再等等\", 预算冻结"), "2022-11-16T00:00:00Z");

        String opportunity = UUID.randomUUID().toString();
        publish("orders", "OpportunityOpened", opportunity, opportunity("OpportunityOpened", opportunity)
                .put("expectedAmount", 3333.33).put("expectedCloseDate", "2022-11-30"), "2022-11-01T00:00:00Z");
        publish("orders", "OpportunityStageChanged", opportunity, opportunity("OpportunityStageChanged", opportunity)
                .put("fromStage", "PROSPECTING").put("toStage", "NEGOTIATION").put("probability", 75)
                .put("expectedAmount", 3333.33), "2022-11-05T00:00:00Z");

        revenueTarget(rep, "2022-11", 3000.00, "2022-12-01T00:00:00Z");
        revenueTarget(rep, "2022-Q3", 1000.00, "2022-10-01T00:00:00Z");
        publish("training", "CourseCompleted", rep, data("training", "CourseCompleted").put("repId", rep)
                .put("passed", true).put("completedOn", "2022-11-08"), "2022-11-08T00:00:00Z");
        String risk = UUID.randomUUID().toString();
        publish("targets", "RiskIdentified", risk, data("targets", "RiskIdentified").put("riskId", risk)
                .put("ownerRepId", rep).put("description", MULTI_LINE_RISK), "2022-11-11T00:00:00Z");
        publish("targets", "RiskAssessed", risk, data("targets", "RiskAssessed").put("riskId", risk),
                "2022-11-11T01:00:00Z");

        await("every consumer has taken every record").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> ConsumersCaughtUp.all(subscriptions, generations));

        ObjectNode report = EXACT.createObjectNode().put("repId", rep).put("periodType", "MONTHLY")
                .put("period", "2022-11").put("highlights", MULTI_LINE_HIGHLIGHTS)
                .put("lessons", "价格谈判要早, 要准").put("nextPlan", "跟进天津滨海\r\n安排\"产品\"培训");
        var submitted = ApiClient.onPort(port).as(TestTokens.rep(rep, team)).post("/api/sales-reports",
                report.toString());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        var reviewed = ApiClient.onPort(port).as(TestTokens.manager(UUID.randomUUID().toString(), team))
                .post("/api/sales-reports/" + submitted.json().path("id").asText() + "/review",
                        EXACT.createObjectNode().put("comments", "好, 注意\"回款\"").toString());
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(204);
    }

    /** Every report that answers CSV, with a query that finds this month's rows, and where its JSON keeps them. */
    List<CsvReport> everyCsvReport() {
        String admin = TestTokens.admin();
        String ownRep = TestTokens.rep(rep, team);
        return List.of(
                new CsvReport("/api/reports/target-attainment?ownerId=" + rep, admin, "/items"),
                new CsvReport("/api/reports/sales-trend?granularity=DAY&from=2022-11-01&to=2022-11-30&teamId=" + team,
                        admin, "/items"),
                new CsvReport("/api/reports/product-popularity?period=2022-11&size=200", admin, "/items"),
                new CsvReport("/api/reports/customer-behaviour?groupBy=region", ownRep, "/customers/items"),
                new CsvReport("/api/reports/pipeline?teamId=" + team, admin, "/stages"),
                new CsvReport("/api/reports/leaderboard?period=2022-11&teamId=" + team, admin, "/items"),
                new CsvReport("/api/reports/activity?period=2022-11&teamId=" + team, admin, "/items"),
                new CsvReport("/api/reports/risk-alerts?size=200", ownRep, "/items"),
                new CsvReport("/api/reports/training-coverage?period=2022-11&teamId=" + team, admin, "/effect"),
                new CsvReport("/api/sales-reports?repId=" + rep, admin, "/items"));
    }

    @Test
    void everyEndpointThatCanAnswerCsvIsInTheRoundTrip() {
        Set<String> answeringCsv = new TreeSet<>();
        mappings.getHandlerMethods().forEach((mapping, method) -> {
            Class<?> returned = method.getReturnType().getParameterType();
            Set<RequestMethod> verbs = mapping.getMethodsCondition().getMethods();
            if ((verbs.isEmpty() || verbs.contains(RequestMethod.GET))
                    && (PageResponse.class.isAssignableFrom(returned) || Collection.class.isAssignableFrom(returned)
                    || CsvRows.class.isAssignableFrom(returned))) {
                answeringCsv.addAll(mapping.getPatternValues());
            }
        });
        Set<String> covered = everyCsvReport().stream().map(CsvReport::path)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(answeringCsv).isNotEmpty();
        assertThat(covered).isEqualTo(answeringCsv);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCsvReport")
    void theCsvParsesBackToTheJsonRows(CsvReport report) {
        Answers answers = answers(report);
        assertThat(answers.csv().contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        String body = answers.csv().body();
        assertThat(body).as("UTF-8 with a byte-order mark").startsWith("\uFEFF");
        Rfc4180.Table table = Rfc4180.parse(body.substring(1));
        JsonNode rows = report.rowsPath().isEmpty() ? answers.json() : answers.json().at(report.rowsPath());
        assertThat(rows.isArray()).as(answers.json().toString()).isTrue();
        assertThat(rows).as("rows to compare").isNotEmpty();
        assertThat(table.rows()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, JsonNode> fields = flat(rows.get(i));
            assertThat(table.header()).as("row %d's fields are columns", i).containsAll(fields.keySet());
            for (String column : table.header()) {
                assertCell(table.cell(i, column), fields.get(column), "row " + i + " " + column);
            }
        }
    }

    @Test
    void chineseCommasQuotesAndLineBreaksSurviveTheRoundTrip() {
        assertThat(column("/api/reports/leaderboard?period=2022-11&teamId=" + team, TestTokens.admin(), "repName"))
                .contains(AWKWARD_REP, "李雷");
        assertThat(column("/api/reports/customer-behaviour?groupBy=region", TestTokens.rep(rep, team), "name"))
                .contains(AWKWARD_CUSTOMER);
        assertThat(column("/api/reports/customer-behaviour?groupBy=region", TestTokens.rep(rep, team), "group"))
                .contains(region);
        assertThat(column("/api/reports/product-popularity?period=2022-11&size=200", TestTokens.admin(), "name"))
                .contains(AWKWARD_PRODUCT);
        assertThat(column("/api/reports/risk-alerts?size=200", TestTokens.rep(rep, team), "description"))
                .anyMatch(description -> description.contains(MULTI_LINE_RISK));
        assertThat(column("/api/sales-reports?repId=" + rep, TestTokens.admin(), "highlights"))
                .containsExactly(MULTI_LINE_HIGHLIGHTS);
        assertThat(column("/api/sales-reports?repId=" + rep, TestTokens.admin(), "review.comments"))
                .containsExactly("好, 注意\"回款\"");
    }

    private List<String> column(String path, String token, String column) {
        var csv = ApiClient.onPort(port).as(token).get(path, "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        Rfc4180.Table table = Rfc4180.parse(csv.body().substring(1));
        assertThat(table.header()).contains(column);
        return table.rows().stream().map(row -> row.get(table.header().indexOf(column))).toList();
    }

    /**
     * The JSON and the CSV of one query, the CSV taken between two equal JSON answers (a company target of another
     * test in a running period has a forecast that moves with the clock).
     */
    private Answers answers(CsvReport report) {
        AtomicReference<Answers> answers = new AtomicReference<>();
        await("a steady answer from " + report.path()).atMost(Duration.ofSeconds(10)).until(() -> {
            JsonNode before = json(report);
            var csv = ApiClient.onPort(port).as(report.token()).get(report.query(), "text/csv");
            assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
            answers.set(new Answers(before, csv));
            return before.equals(json(report));
        });
        return answers.get();
    }

    private JsonNode json(CsvReport report) throws IOException {
        var response = ApiClient.onPort(port).as(report.token()).get(report.query());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return EXACT.readTree(response.body());
    }

    private static void assertCell(String cell, JsonNode value, String where) {
        if (value == null || value.isNull()) {
            assertThat(cell).as(where + " is empty like the JSON's absent value").isEmpty();
        } else if (value.isNumber()) {
            assertThat(new BigDecimal(cell)).as(where).isEqualByComparingTo(value.decimalValue());
        } else {
            assertThat(cell).as(where).isEqualTo(value.asText());
        }
    }

    /** A JSON row's values by CSV column name: a nested object's fields as {@code outer.inner}. */
    private static Map<String, JsonNode> flat(JsonNode row) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        flatten("", row, fields);
        return fields;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> fields) {
        node.fields().forEachRemaining(field -> {
            assertThat(field.getValue().isArray()).as("a list in a CSV row: " + prefix + field.getKey()).isFalse();
            if (field.getValue().isObject()) {
                flatten(prefix + field.getKey() + ".", field.getValue(), fields);
            } else {
                fields.put(prefix + field.getKey(), field.getValue());
            }
        });
    }

    private String order(String seller, String buyer, String product, int quantity, double unitPrice, String at) {
        String id = UUID.randomUUID().toString();
        publish("orders", "OrderPlaced", id, orderData("OrderPlaced", id, seller, buyer, product, quantity, unitPrice),
                at);
        publish("orders", "OrderConfirmed", id, orderData("OrderConfirmed", id, seller, buyer, product, quantity,
                unitPrice), Instant.parse(at).plusSeconds(600).toString());
        return id;
    }

    private ObjectNode orderData(String type, String id, String seller, String buyer, String product, int quantity,
                                 double unitPrice) {
        ObjectNode order = data("orders", type).put("orderId", id).put("customerId", buyer).put("repId", seller)
                .put("teamId", team).put("total", quantity * unitPrice);
        order.putArray("lines").addObject().put("sku", product).put("quantity", quantity).put("listPrice", unitPrice)
                .put("unitPrice", unitPrice).put("discountPercent", 0.0).put("lineTotal", quantity * unitPrice);
        return order;
    }

    private ObjectNode opportunity(String type, String id) {
        return data("orders", type).put("opportunityId", id).put("customerId", customer).put("repId", rep)
                .put("teamId", team);
    }

    private void revenueTarget(String owner, String period, double amount, String timeBound) {
        String id = UUID.randomUUID().toString();
        publish("targets", "TargetSet", id, data("targets", "TargetSet").put("targetId", id).put("scope", "REP")
                .put("ownerId", owner).put("period", period).put("metric", "REVENUE").put("amount", amount)
                .put("timeBound", timeBound), "2022-09-01T00:00:00Z");
    }

    /** A report's query, who asks, and the JSON pointer to its rows ({@code ""}: the answer is the list). */
    record CsvReport(String query, String token, String rowsPath) {

        String path() {
            return query.substring(0, query.indexOf('?'));
        }

        @Override
        public String toString() {
            return path();
        }
    }

    private record Answers(JsonNode json, ApiClient.Response csv) {
    }
}
