package com.salesplatform.systemtests.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.systemtests.Gateway;
import com.salesplatform.systemtests.Gateway.Response;
import com.salesplatform.systemtests.PlatformControl;
import com.salesplatform.systemtests.RunningPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The living demo of the local profile (docs/running-locally.md): after a start, every main screen's API has the
 * seeded organisation to show, and a second seeding run (a restart of the gateway) creates nothing.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataIT {

    static final String REP1 = "5a1e5000-0000-4000-8000-0000000000c1";
    static final String DEMO_TEAM = "5a1e5000-0000-4000-8000-000000000001";
    static final ZoneId COMPANY_ZONE = ZoneId.of(System.getenv().getOrDefault("SALES_TIME_ZONE", "Asia/Shanghai"));
    /** The seeding runs in the background once the gateway serves; on a busy machine it takes minutes. */
    static final Duration SEEDED_WITHIN = Duration.ofMinutes(10);

    private static Gateway gateway;

    @BeforeAll
    static void seeded(Gateway platform) {
        gateway = platform;
        // the last thing the seeder makes: the team meeting's minutes
        await("the demo team's meeting with minutes").atMost(SEEDED_WITHIN).pollInterval(Duration.ofSeconds(3))
                .ignoreExceptions()
                .until(() -> meetingsWithMinutes(gateway.token("manager", "manager")) > 0);
    }

    @Test
    @Order(1)
    @DisplayName("the rep's day: follow-ups due today and overdue, the month's target with an actual, customers with a history")
    void theRepsDayHasData() {
        String rep = gateway.token("rep1", "rep1");
        assertThat(total(rep, "/api/follow-ups?due=TODAY&status=OPEN&repId=" + REP1)).as("due today").isPositive();
        // due a minute after seeding: overdue once their deadline fired
        await("an overdue follow-up").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                .until(() -> total(rep, "/api/follow-ups?due=OVERDUE&status=OPEN&repId=" + REP1) > 0);

        await("rep1's booked revenue this month").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> maxActual(rep, "/api/reports/target-attainment?scope=REP&ownerId=" + REP1 + "&period="
                        + month()) > 0);

        // every page: other tests give rep1 customers of their own, newer than the demo's
        Set<String> industries = new HashSet<>();
        int pages = 1;
        for (int page = 0; page < pages; page++) {
            JsonNode customers = ok(rep, "/api/customers?size=200&page=" + page);
            customers.path("items").forEach(c -> industries.add(c.path("industry").asText()));
            industries.remove("");
            pages = customers.path("totalPages").asInt();
        }
        assertThat(industries).as("rep1's customers' industries").hasSizeGreaterThanOrEqualTo(4);
        JsonNode hualian = ok(rep, "/api/customers?q=华联").path("items").get(0);
        assertThat(hualian).as("上海华联贸易有限公司").isNotNull();
        String path = "/api/customers/" + hualian.path("id").asText();
        JsonNode profile = ok(rep, path);
        assertThat(profile.path("contacts").size()).as("contacts").isGreaterThanOrEqualTo(2);
        assertThat(profile.path("contacts").get(0).path("phone").asText()).matches("\\+86 1\\d{2} \\d{4} \\d{4}|0\\d{2,3}-\\d{4}-\\d{4}");
        assertThat(total(rep, path + "/communications")).as("communication log").isGreaterThanOrEqualTo(3);
        assertThat(total(rep, path + "/complaints")).as("complaints").isPositive();
        assertThat(profile.path("satisfaction").path("count").asLong()).as("satisfaction").isPositive();
    }

    @Test
    @Order(2)
    @DisplayName("the pipeline has deals in every stage, quotes await approval, orders in every state")
    void thePipelineAndOrdersHaveData() {
        String manager = gateway.token("manager", "manager");
        Set<String> stages = new HashSet<>();
        ok(manager, "/api/opportunities?size=200").path("items").forEach(o -> stages.add(o.path("stage").asText()));
        assertThat(stages).containsAll(Set.of("PROSPECTING", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION", "WON", "LOST"));

        assertThat(total(manager, "/api/quotes?status=PENDING_APPROVAL")).as("a discount awaiting approval").isPositive();

        Set<String> states = new HashSet<>();
        ok(manager, "/api/orders?size=200").path("items").forEach(o -> states.add(o.path("status").asText()));
        assertThat(states).containsAll(Set.of("PLACED", "CREDIT_HOLD", "CONFIRMED", "SHIPPED", "DELIVERED", "PAID"));
    }

    @Test
    @Order(3)
    @DisplayName("the team dashboard: attainment, leaderboard, funnel and trend are not zero")
    void theTeamDashboardHasData() {
        String manager = gateway.token("manager", "manager");
        await("the team's attainment").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> maxActual(manager, "/api/reports/target-attainment?scope=REP&period=" + month()) > 0);
        JsonNode leaderboard = ok(manager, "/api/reports/leaderboard");
        assertThat(leaderboard.path("items").size()).as("leaderboard").isGreaterThanOrEqualTo(2);
        assertThat(leaderboard.path("items").get(0).path("bookedRevenue").asDouble()).isPositive();
        JsonNode pipeline = ok(manager, "/api/reports/pipeline?teamId=" + DEMO_TEAM);
        assertThat(pipeline.path("stages").size()).as("funnel").isPositive();
        assertThat(pipeline.path("winRatePercent").asDouble()).as("win rate").isPositive();
        boolean booked = false;
        for (JsonNode point : ok(manager, "/api/reports/sales-trend").path("items")) {
            booked |= point.path("bookedRevenue").asDouble() > 0;
        }
        assertThat(booked).as("a month of the trend with booked revenue").isTrue();
    }

    @Test
    @Order(4)
    @DisplayName("the company's quarter target is decomposed into months and allocated to two teams")
    void theTargetTreeHasData() {
        String admin = gateway.token("admin", "admin");
        LocalDate today = LocalDate.now(COMPANY_ZONE);
        String quarter = today.getYear() + "-Q" + today.get(IsoFields.QUARTER_OF_YEAR);
        // the seeder's own target (its ids are chosen by name), not another test's company target of the quarter
        String company = UUID.nameUUIDFromBytes(("sales-demo:company-target:" + quarter)
                .getBytes(StandardCharsets.UTF_8)).toString();
        JsonNode tree = ok(admin, "/api/targets/" + company);
        assertThat(tree.path("period").asText()).as("the company's target of %s", quarter).isEqualTo(quarter);
        assertThat(tree.path("children").size()).as("months").isEqualTo(3);
        for (JsonNode month : tree.path("children")) {
            JsonNode monthTarget = ok(admin, "/api/targets/" + month.path("id").asText());
            assertThat(monthTarget.path("allocations").size()).as("teams of %s", month.path("period")).isEqualTo(2);
        }
    }

    @Test
    @Order(5)
    @DisplayName("knowledge, training and meetings: articles found by search, a passed course, minutes")
    void knowledgeTrainingAndMeetingsHaveData() {
        String rep = gateway.token("rep1", "rep1");
        assertThat(total(rep, "/api/knowledge/articles?q=折扣")).as("knowledge search").isPositive();
        assertThat(total(rep, "/api/courses")).as("courses").isGreaterThanOrEqualTo(2);
        JsonNode record = ok(rep, "/api/reps/" + REP1 + "/training-record");
        assertThat(record.path("certifications").size()).as("certifications of %s", record).isPositive();
        assertThat(meetingsWithMinutes(gateway.token("manager", "manager"))).isPositive();
    }

    @Test
    @Order(6)
    @DisplayName("a second seeding run (the gateway restarted) creates nothing")
    void aSecondRunIsANoOp(PlatformControl platform) throws Exception {
        assumeTrue(platform.startedByTheseTests(), "the platform under test was started by somebody else");
        Map<String, Long> before = counts();

        platform.stop("gateway");
        platform.start("gateway");

        Path log = platform.logFile("gateway");
        await("the second run's summary in " + log).atMost(SEEDED_WITHIN).pollInterval(Duration.ofSeconds(2))
                .until(() -> read(log).contains("demo data: already present") || read(log).contains("demo data: seeded")
                        || read(log).contains("demo data: incomplete"));
        assertThat(read(log)).contains("demo data: already present").doesNotContain("demo data: seeded");
        assertThat(counts()).isEqualTo(before);
    }

    private static Map<String, Long> counts() {
        String admin = gateway.token("admin", "admin");
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String list : new String[] {"/api/customers", "/api/opportunities", "/api/quotes", "/api/orders",
                "/api/courses", "/api/knowledge/articles", "/api/meetings", "/api/teams", "/api/products",
                "/api/follow-ups?status=OPEN", "/api/targets?scope=COMPANY"}) {
            counts.put(list, total(admin, list));
        }
        return counts;
    }

    private static long meetingsWithMinutes(String token) {
        long withMinutes = 0;
        for (JsonNode meeting : ok(token, "/api/meetings?kind=TEAM&size=100").path("items")) {
            if (!meeting.path("minutes").asText("").isBlank()) withMinutes++;
        }
        return withMinutes;
    }

    private static double maxActual(String token, String path) {
        double max = 0;
        for (JsonNode row : ok(token, path).path("items")) {
            max = Math.max(max, row.path("actual").asDouble());
        }
        return max;
    }

    private static long total(String token, String path) {
        return ok(token, path).path("totalItems").asLong();
    }

    private static JsonNode ok(String token, String path) {
        Response response = gateway.get(path, token);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json();
    }

    private static String month() {
        return LocalDate.now(COMPANY_ZONE).toString().substring(0, 7);
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
