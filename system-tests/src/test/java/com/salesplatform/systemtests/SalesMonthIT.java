package com.salesplatform.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.salesplatform.systemtests.Gateway.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A whole sales month of a new team of three reps, through the gateway, in a month that has ended: ADMIN imports the
 * company's year target and the team's orders of that month (the history a new installation starts from),
 * decomposes the year into quarters and months, allocates the month to the team and the team's month to its reps;
 * the reps' customers, visits, deals and quotes are recorded; deposits and payments are taken on the imported orders;
 * appraisals are opened and reviewed, sales reports submitted and reviewed; the month's payouts are run, an order is
 * cancelled after the run, the run is repeated (identical: the same cutoff), and the next month's run carries the
 * adjustment. Every figure is asserted exactly.
 *
 * <p>The month is the latest ended month, at least two back, that has no payout run yet, nor has the month after it
 * (a payout run is one per period, for the whole company): the figures of the new team do not depend on anything
 * else on the platform.
 */
@ExtendWith(RunningPlatform.class)
class SalesMonthIT {

    private static final ZoneId ZONE = ZoneId.of(System.getenv().getOrDefault("SALES_TIME_ZONE", "Asia/Shanghai"));
    private static final Duration ARRIVAL = Duration.ofSeconds(60);

    private Gateway gateway;
    private String admin;
    private String run;

    @BeforeEach
    void setUp(Gateway gateway) {
        this.gateway = gateway;
        this.admin = gateway.token("admin", "admin");
        this.run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void aTeamOfThreeRunsItsMonth() {
        YearMonth month = monthWithoutPayoutRuns();
        YearMonth next = month.plusMonths(1);
        String year = String.valueOf(month.getYear());
        String quarter = year + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);

        // the team and its reps
        String team = created("/api/teams", Map.of("name", "系统测试月度组 " + run));
        String repA = rep("张伟", team);
        String repB = rep("李娜", team);
        String repC = rep("王强", team);

        // company year → quarters → months → team → reps, imported as history
        String yearTarget = eventually("/api/targets/imports", target("COMPANY", null, year, "3600000.00"));
        post204("/api/targets/" + yearTarget + "/decomposition", Map.of("granularity", "QUARTER"));
        String quarterTarget = childOf(yearTarget, quarter, "900000.00");
        post204("/api/targets/" + quarterTarget + "/decomposition", Map.of("granularity", "MONTH"));
        String monthTarget = childOf(quarterTarget, month.toString(), "300000.00");
        eventually204("/api/targets/" + monthTarget + "/allocations",
                allocations("TEAM", team, "300000.00"));
        String teamTarget = allocatedTo(monthTarget, team, "300000.00");
        eventually204("/api/targets/" + teamTarget + "/allocations",
                allocations("REP", repA, "120000.00", repB, "100000.00", repC, "80000.00"));
        String repATarget = allocatedTo(teamTarget, repA, "120000.00");
        assertThat(ok("/api/targets/" + repATarget).path("parentTargetId").asText()).isEqualTo(teamTarget);
        JsonNode teamView = ok("/api/targets/" + teamTarget);
        assertThat(teamView.path("balanced").asBoolean()).isTrue();
        assertThat(teamView.path("children")).extracting(child -> child.path("amount").decimalValue())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("120000.00"), new BigDecimal("100000.00"),
                        new BigDecimal("80000.00"));
        for (String rep : List.of(repA, repB, repC)) {
            Map<String, Object> visits = target("REP", rep, month.toString(), "4");
            visits.put("metric", "VISITS");
            eventually("/api/targets/imports", visits);
        }

        // products, the reps' customers (leads), their visits in the month, deals and quotes
        String licence = product("SYS-" + run + "-LIC", "销售云 CRM 许可（系统测试）", "10000.00");
        String service = product("SYS-" + run + "-SVC", "实施服务人天（系统测试）", "2000.00");
        String customerA = customer(repA, "华东精密制造有限公司");
        String customerB = customer(repB, "南方物流集团");
        String customerC = customer(repC, "北辰医药股份");
        visits(customerA, month, 4);
        visits(customerB, month, 3);
        visits(customerC, month, 2);
        String deal = eventually("/api/opportunities", Map.of("customerId", customerA, "title", "华东精密 CRM 扩容",
                "expectedAmount", 130000,
                "expectedCloseDate", java.time.LocalDate.now(ZONE).plusDays(30).toString()));
        post204("/api/opportunities/" + deal + "/stage", Map.of("stage", "NEGOTIATION"));
        post204("/api/opportunities/" + deal + "/won", Map.of("amount", 130000, "reason", "方案契合度高"));
        JsonNode won = ok("/api/opportunities/" + deal);
        assertThat(won.path("stage").asText()).isEqualTo("WON");
        assertThat(won.path("teamId").asText()).isEqualTo(team);
        assertThat(won.path("wonAmount").decimalValue()).isEqualByComparingTo("130000.00");
        JsonNode quote = ok("/api/quotes/" + eventually("/api/quotes", Map.of("customerId", customerB,
                "lines", List.of(line(service, 10, null)), "validUntil", next.atEndOfMonth().plusYears(1).toString())));
        assertThat(quote.path("status").asText()).isEqualTo("OPEN");
        assertThat(quote.path("total").decimalValue()).isEqualByComparingTo("20000.00");

        // the month's orders, confirmed when they were: A 130,000, B 100,000 (+ 10,000 at 00:30 on the 1st of the
        // next month, which is the next month's), C 80,000
        String a1 = importOrder(customerA, at(month, 10, 10, 0), line(licence, 10, null));
        String a2 = importOrder(customerA, at(month, month.lengthOfMonth(), 23, 30), line(licence, 2, null),
                line(service, 5, null));
        String b1 = importOrder(customerB, at(month, 15, 9, 0), line(licence, 8, null));
        importOrder(customerB, at(month, 20, 14, 0), line(service, 10, null));
        importOrder(customerB, at(next, 1, 0, 30), line(licence, 1, null));
        importOrder(customerC, at(month, 5, 11, 0), line(licence, 5, null));
        String c2 = importOrder(customerC, at(month, 25, 16, 0), line(licence, 3, null));
        JsonNode a2View = ok("/api/orders/" + a2);
        assertThat(a2View.path("total").decimalValue()).isEqualByComparingTo("30000.00");
        assertThat(a2View.path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(a2View.path("teamId").asText()).isEqualTo(team);

        // a deposit on A's first order, B's first order delivered and paid in full
        assertThat(post("/api/orders/" + a1 + "/payments", Map.of("amount", 30000)).status()).isEqualTo(201);
        post204("/api/orders/" + b1 + "/shipment", Map.of("carrier", "顺丰速运", "trackingNumber", "SF" + run));
        post204("/api/orders/" + b1 + "/delivery", Map.of());
        assertThat(post("/api/orders/" + b1 + "/payments", Map.of("amount", 80000)).status()).isEqualTo(201);
        JsonNode a1View = ok("/api/orders/" + a1);
        assertThat(a1View.path("paid").decimalValue()).isEqualByComparingTo("30000.00");
        assertThat(a1View.path("outstanding").decimalValue()).isEqualByComparingTo("70000.00");
        assertThat(ok("/api/orders/" + b1).path("status").asText()).isEqualTo("PAID");
        Instant imported = Instant.parse(ok("/api/orders/" + a1 + "/history").path("items").get(1)
                .path("occurredAt").asText());
        assertThat(ok("/api/orders/" + a1 + "?asOf=" + imported).path("paid").decimalValue())
                .as("before the deposit").isEqualByComparingTo("0.00");

        // reporting counts the imported month in that month
        JsonNode teamAttainment = await("the team's month in reporting").atMost(ARRIVAL).until(
                () -> attainment(team, month), row -> decimal(row, "actual").compareTo(new BigDecimal("310000")) == 0);
        assertThat(decimal(teamAttainment, "target")).isEqualByComparingTo("300000.00");
        assertThat(decimal(teamAttainment, "attainmentPercent")).isEqualByComparingTo("103.33");
        await("the reps' months in reporting").atMost(ARRIVAL).until(
                () -> decimal(attainment(repC, month), "actual").compareTo(new BigDecimal("80000")) == 0
                        && decimal(attainment(repA, month), "actual").compareTo(new BigDecimal("130000")) == 0
                        && decimal(attainment(repB, month), "actual").compareTo(new BigDecimal("100000")) == 0);
        assertThat(decimal(attainment(repA, month), "attainmentPercent")).isEqualByComparingTo("108.33");
        assertThat(decimal(attainment(repB, next), "actual")).as("no target next month: no row")
                .isEqualByComparingTo("0");
        JsonNode months = ok("/api/reports/sales-trend?granularity=MONTH&from=" + month.atDay(1) + "&to="
                + next.atEndOfMonth() + "&teamId=" + team).path("items");
        assertThat(months).extracting(point -> point.path("bookedRevenue").decimalValue())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("310000.00"), new BigDecimal("10000.00"));

        // appraisals: attainment 50 %, activity 20 %, satisfaction 15 % (no scores: 0), behaviour 15 %
        plan(month);
        plan(next);
        awaitBookings(month, Map.of(repA, "130000.00", repB, "100000.00", repC, "80000.00"));
        JsonNode appraisalA = appraised(repA, month, 4, 4, 5, 4);
        JsonNode appraisalB = appraised(repB, month, 3, 3, 3, 3);
        JsonNode appraisalC = appraised(repC, month, 2, 5, 5, 5);
        assertThat(points(appraisalA)).containsExactly(entry("attainment", "50.00"), entry("activity", "20.00"),
                entry("satisfaction", "0.00"), entry("behaviour", "13.00"));
        assertThat(decimal(appraisalA, "score")).isEqualByComparingTo("83.00");
        assertThat(appraisalA.path("rating").asText()).isEqualTo("B");
        assertThat(points(appraisalB)).containsExactly(entry("attainment", "50.00"), entry("activity", "15.00"),
                entry("satisfaction", "0.00"), entry("behaviour", "9.00"));
        assertThat(decimal(appraisalB, "score")).isEqualByComparingTo("74.00");
        assertThat(appraisalB.path("rating").asText()).isEqualTo("C");
        assertThat(points(appraisalC)).containsExactly(entry("attainment", "50.00"), entry("activity", "10.00"),
                entry("satisfaction", "0.00"), entry("behaviour", "15.00"));
        assertThat(decimal(appraisalC, "score")).isEqualByComparingTo("75.00");
        assertThat(appraisalC.path("rating").asText()).isEqualTo("B");

        // sales reports of the month, submitted and reviewed
        String report = created("/api/sales-reports", Map.of("repId", repA, "periodType", "MONTHLY",
                "period", month.toString(), "highlights", "华东精密两单落地", "lessons", "月底集中签约风险高",
                "nextPlan", "提前锁定下月订单"));
        JsonNode figures = ok("/api/sales-reports/" + report).path("figures");
        assertThat(decimal(figures, "bookedRevenue")).isEqualByComparingTo("130000.00");
        assertThat(figures.path("orders").asLong()).isEqualTo(2);
        assertThat(decimal(figures, "revenueAttainmentPercent")).isEqualByComparingTo("108.33");
        assertThat(figures.path("visits").asLong()).isEqualTo(4);
        assertThat(figures.path("newLeads").asLong()).as("the leads were registered today").isZero();
        post204("/api/sales-reports/" + report + "/review", Map.of("comments", "做得好，注意回款"));
        assertThat(ok("/api/sales-reports/" + report).path("review").path("comments").asText())
                .isEqualTo("做得好，注意回款");

        // the month's payouts: 3 % up to the target, 5 % above it, 2,000.00 for meeting it, and the team's
        // 3,000.00 split by revenue (310,000.00 ≥ 300,000.00): A 1,258.06 + the cent of rounding, B 967.74, C 774.19
        Response first = post("/api/payout-runs", Map.of("period", month.toString()));
        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(lines(payout(repA, month))).containsExactly(entry("COMMISSION", "3600.00"),
                entry("COMMISSION", "500.00"), entry("TARGET_BONUS", "2000.00"), entry("TEAM_BONUS", "1258.07"));
        assertThat(decimal(payout(repA, month), "total")).isEqualByComparingTo("7358.07");
        assertThat(decimal(payout(repA, month), "attainmentPercent")).isEqualByComparingTo("108.33");
        assertThat(lines(payout(repB, month))).containsExactly(entry("COMMISSION", "3000.00"),
                entry("TARGET_BONUS", "2000.00"), entry("TEAM_BONUS", "967.74"));
        assertThat(decimal(payout(repB, month), "total")).isEqualByComparingTo("5967.74");
        assertThat(lines(payout(repC, month))).containsExactly(entry("COMMISSION", "2400.00"),
                entry("TARGET_BONUS", "2000.00"), entry("TEAM_BONUS", "774.19"));
        assertThat(decimal(payout(repC, month), "total")).isEqualByComparingTo("5174.19");

        // C's second order is cancelled after the run; the run again is the same run; next month's adjusts
        post204("/api/orders/" + c2 + "/cancellation", Map.of("reason", "客户预算冻结"));
        await("the cancellation in performance").atMost(ARRIVAL).until(() -> decimal(preview(repC, month),
                "bookedRevenue").compareTo(new BigDecimal("50000")) == 0);
        Response again = post("/api/payout-runs", Map.of("period", month.toString()));
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.json().path("identical").asBoolean()).as("%s", again).isTrue();
        assertThat(decimal(payout(repC, month), "total")).as("a run never changes silently")
                .isEqualByComparingTo("5174.19");
        Response nextRun = post("/api/payout-runs", Map.of("period", next.toString()));
        assertThat(nextRun.status()).as("%s", nextRun).isEqualTo(201);
        JsonNode adjusted = payout(repC, next);
        assertThat(lines(adjusted)).containsExactly(entry("COMMISSION", "0.00"), entry("ADJUSTMENT", "-2900.00"));
        assertThat(adjusted.path("lines").get(1).path("forPeriod").asText()).isEqualTo(month.toString());
        assertThat(adjusted.path("lines").get(1).path("description").asText()).contains(c2).contains("cancelled");
        assertThat(decimal(adjusted, "total")).isEqualByComparingTo("-2900.00");
        assertThat(lines(payout(repB, next))).as("the 00:30 order: no target next month, first tier")
                .containsExactly(entry("COMMISSION", "300.00"));
        assertThat(lines(payout(repA, next))).containsExactly(entry("COMMISSION", "0.00"));
    }

    private YearMonth monthWithoutPayoutRuns() {
        YearMonth candidate = YearMonth.now(ZONE).minusMonths(2);
        for (int tries = 0; tries < 36; tries++, candidate = candidate.minusMonths(1)) {
            if (noPayouts(candidate) && noPayouts(candidate.plusMonths(1))) {
                return candidate;
            }
        }
        throw new AssertionError("No month without payout runs in the last three years");
    }

    private boolean noPayouts(YearMonth month) {
        return ok("/api/payouts?period=" + month + "&size=1").path("totalItems").asLong() == 0;
    }

    private String rep(String name, String team) {
        return created("/api/reps", Map.of("name", name + " " + run, "teamId", team, "grade", 2,
                "hiredOn", "2024-01-02"));
    }

    private Map<String, Object> target(String scope, String owner, String period, String amount) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("scope", scope, "period", period, "metric", "REVENUE",
                "amount", new BigDecimal(amount), "specific", "系统测试 " + run + " 新签合同额",
                "achievable", "上年实际基础上增长 20%", "relevant", "公司年度增长战略"));
        if (owner != null) {
            body.put("ownerId", owner);
        }
        return body;
    }

    private static Map<String, Object> allocations(String scope, String... ownerAndAmount) {
        List<Map<String, Object>> shares = new ArrayList<>();
        for (int i = 0; i < ownerAndAmount.length; i += 2) {
            shares.add(Map.of("scope", scope, "ownerId", ownerAndAmount[i],
                    "amount", new BigDecimal(ownerAndAmount[i + 1])));
        }
        return Map.of("allocations", shares);
    }

    private String childOf(String parent, String period, String amount) {
        for (JsonNode child : ok("/api/targets/" + parent).path("children")) {
            if (child.path("period").asText().equals(period)) {
                assertThat(decimal(child, "amount")).isEqualByComparingTo(amount);
                return child.path("id").asText();
            }
        }
        throw new AssertionError("No child for " + period + " of " + parent);
    }

    /** The target the parent's allocation gave {@code owner}. */
    private String allocatedTo(String parent, String owner, String amount) {
        for (JsonNode child : ok("/api/targets/" + parent).path("children")) {
            if (child.path("ownerId").asText().equals(owner)) {
                assertThat(decimal(child, "amount")).isEqualByComparingTo(amount);
                return child.path("id").asText();
            }
        }
        throw new AssertionError("No target allocated to " + owner + " by " + parent);
    }

    private String product(String sku, String name, String price) {
        created("/api/products", Map.of("sku", sku, "name", name, "category", "软件", "listPrice",
                new BigDecimal(price)));
        return sku;
    }

    private String customer(String owner, String name) {
        String suffix = String.valueOf(Math.floorMod((owner + run).hashCode(), 90_000_000) + 10_000_000);
        return eventually("/api/customers/leads", Map.of("name", name + " " + run, "type", "B2B",
                "industry", "制造", "region", "华东", "channel", "EXHIBITION", "ownerRepId", owner,
                "contact", Map.of("name", "联系人 " + run, "phone", "+86 139 " + suffix,
                        "email", "c" + suffix + "@example.cn", "role", "采购经理")));
    }

    /** {@code count} visits on the 3rd, 6th, … of the month. */
    private void visits(String customer, YearMonth month, int count) {
        for (int i = 1; i <= count; i++) {
            assertThat(post("/api/customers/" + customer + "/communications", Map.of("type", "VISIT",
                    "occurredAt", at(month, 3 * i, 10, 0).toString(), "summary", "第 " + i + " 次拜访"))
                    .status()).isEqualTo(201);
        }
    }

    private static Map<String, Object> line(String sku, int quantity, BigDecimal discountPercent) {
        Map<String, Object> line = new LinkedHashMap<>(Map.of("sku", sku, "quantity", quantity));
        if (discountPercent != null) {
            line.put("discountPercent", discountPercent);
        }
        return line;
    }

    @SafeVarargs
    private String importOrder(String customer, Instant confirmedAt, Map<String, Object>... lines) {
        return eventually("/api/orders/imports", Map.of("customerId", customer, "lines", List.of(lines),
                "paymentTermsDays", 30, "confirmedAt", confirmedAt.toString()));
    }

    private static Instant at(YearMonth month, int day, int hour, int minute) {
        return month.atDay(day).atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    private JsonNode attainment(String owner, YearMonth month) {
        JsonNode items = ok("/api/reports/target-attainment?ownerId=" + owner + "&period=" + month).path("items");
        for (JsonNode item : items) {
            if (item.path("metric").asText().equals("REVENUE")) {
                return item;
            }
        }
        return MissingNode.getInstance();
    }

    /** Waits until performance-service has booked each rep's month as expected (the preview computes now). */
    private void awaitBookings(YearMonth month, Map<String, String> expected) {
        await("the bookings in performance").atMost(ARRIVAL).until(() -> expected.entrySet().stream().allMatch(
                rep -> decimal(preview(rep.getKey(), month), "bookedRevenue")
                        .compareTo(new BigDecimal(rep.getValue())) == 0));
    }

    private JsonNode preview(String rep, YearMonth month) {
        return single(ok("/api/payouts/preview?period=" + month + "&size=200"), rep);
    }

    private JsonNode payout(String rep, YearMonth month) {
        return single(ok("/api/payouts?period=" + month + "&repId=" + rep), rep);
    }

    private static JsonNode single(JsonNode page, String rep) {
        for (JsonNode item : page.path("items")) {
            if (item.path("repId").asText().equals(rep)) {
                return item;
            }
        }
        throw new AssertionError("No payout of " + rep + " in " + page);
    }

    /** Opens the rep's appraisal, waits for the month's visits, and reviews it with the rubric given. */
    private JsonNode appraised(String rep, YearMonth month, int visits, int process, int teamwork, int learning) {
        String id = created("/api/appraisals", Map.of("repId", rep, "period", month.toString()));
        await("the visits of " + rep + " in the appraisal").atMost(ARRIVAL).until(() -> {
            post204("/api/appraisals/" + id + "/refresh", Map.of());
            return input(ok("/api/appraisals/" + id), "activity", "communications") == visits;
        });
        post204("/api/appraisals/" + id + "/review", Map.of("processAdherence", process, "teamwork", teamwork,
                "learning", learning, "feedback", "本月表现的书面反馈"));
        return ok("/api/appraisals/" + id);
    }

    private static long input(JsonNode appraisal, String kpi, String name) {
        for (JsonNode score : appraisal.path("kpis")) {
            if (score.path("kpi").asText().equals(kpi)) {
                for (JsonNode input : score.path("inputs")) {
                    if (input.path("name").asText().equals(name)) {
                        return input.path("value").asLong();
                    }
                }
            }
        }
        return -1;
    }

    private static List<Map.Entry<String, String>> points(JsonNode appraisal) {
        List<Map.Entry<String, String>> points = new ArrayList<>();
        appraisal.path("kpis").forEach(kpi -> points.add(entry(kpi.path("kpi").asText(),
                kpi.path("points").decimalValue().setScale(2).toPlainString())));
        return points;
    }

    private static List<Map.Entry<String, String>> lines(JsonNode payout) {
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        payout.path("lines").forEach(line -> lines.add(entry(line.path("kind").asText(),
                line.path("amount").decimalValue().setScale(2).toPlainString())));
        return lines;
    }

    private static Map.Entry<String, String> entry(String key, String value) {
        return Map.entry(key, value);
    }

    private void plan(YearMonth month) {
        created("/api/incentive-plans", Map.of("name", "系统测试提成方案 " + month, "period", month.toString(),
                "tiers", List.of(Map.of("fromPercent", 0, "toPercent", 100, "ratePercent", 3),
                        Map.of("fromPercent", 100, "ratePercent", 5)),
                "targetBonus", new BigDecimal("2000.00"), "teamBonus", new BigDecimal("3000.00")));
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.decimalValue() : BigDecimal.ZERO;
    }

    private JsonNode ok(String path) {
        Response response = gateway.get(path, admin);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json();
    }

    private Response post(String path, Object body) {
        return gateway.post(path, body, admin);
    }

    private void post204(String path, Object body) {
        Response response = post(path, body);
        assertThat(response.status()).as("%s", response).isEqualTo(204);
    }

    private String created(String path, Object body) {
        Response response = post(path, body);
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        return response.json().path("id").asText();
    }

    /**
     * A creating POST that needs another service's fact first (a rep or team in the roster, a customer in the
     * orders replica): refused with a 400 — nothing stored — until the fact has arrived.
     */
    private String eventually(String path, Object body) {
        Response response = until(path, body, answer -> answer.status() == 201);
        return response.json().path("id").asText();
    }

    private void eventually204(String path, Object body) {
        until(path, body, answer -> answer.status() == 204);
    }

    private Response until(String path, Object body, Predicate<Response> done) {
        Set<Integer> waiting = Set.of(400);
        Response[] last = new Response[1];
        await(path).atMost(ARRIVAL).pollInterval(Duration.ofMillis(500)).until(() -> {
            last[0] = post(path, body);
            assertThat(done.test(last[0]) || waiting.contains(last[0].status())).as("%s", last[0]).isTrue();
            return done.test(last[0]);
        });
        return last[0];
    }
}
