package com.salesplatform.reporting.admin;

import static com.salesplatform.platformtest.ContractEvents.data;
import static com.salesplatform.platformtest.ContractEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.platform.inbox.InboundSubscription;
import com.salesplatform.platform.readmodel.ReadModelRouting;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.PrometheusMetrics;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A rebuild fills a new generation while the active one keeps answering, shows how far it has got, refuses a second
 * rebuild, and takes over once it has caught up; a cancelled one leaves the active generation as it was. A gate on
 * a test topic holds the rebuilding generation's consumers (and only theirs) where the test wants them. Its own
 * application name gives this context consumer groups of its own next to the other test classes' context.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "spring.application.name=reporting-rebuild-it")
@Import(ProjectionRebuildIT.RebuildGate.class)
class ProjectionRebuildIT {

    private static final String GATE_TOPIC = "test.rebuild.gate";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private final String team = UUID.randomUUID().toString();
    private final String rep = UUID.randomUUID().toString();
    private final String customer = UUID.randomUUID().toString();

    @AfterEach
    void openTheGate() {
        RebuildGate.open();
    }

    @Test
    void aRebuildFillsANewGenerationWhileTheActiveOneAnswersThenTakesOver() {
        aMonthOfSales();
        String before = snapshot();
        int active = activeGeneration();
        RebuildGate.close();
        passTheGateOnce();

        var rebuild = admin().post("/api/admin/projections/rebuild", "");
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        int building = rebuild.json().path("generation").asInt();
        assertThat(building).isEqualTo(active + 1);
        assertThat(rebuild.location()).hasValueSatisfying(location ->
                assertThat(location).endsWith("/api/admin/projections/generations/" + building));
        assertThat(rebuild.json().path("state").asText()).isEqualTo("BUILDING");
        assertThat(rebuild.json().path("requestedBy").asText()).isNotBlank();

        JsonNode progress = await("everything but the gate events replayed").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> generation(building).path("progress"),
                        p -> p.path("replayed").asLong() == p.path("events").asLong() - RebuildGate.published);
        assertThat(progress.path("percent").decimalValue()).isLessThan(new BigDecimal("100"));
        assertThat(generation(building).path("state").asText()).isEqualTo("BUILDING");
        assertThat(PrometheusMetrics.scrape(port).value("sales_read_model_rebuild_progress").orElseThrow())
                .isLessThan(1.0);
        assertThat(admin().get("/api/admin/projections").json().path("active").asInt()).isEqualTo(active);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM read_model_g" + building + ".order_fact WHERE rep_id = ?",
                Long.class, rep)).as("the new generation is being filled").isEqualTo(2);
        assertThat(snapshot()).as("the active generation answers meanwhile").isEqualTo(before);

        var second = admin().post("/api/admin/projections/rebuild", "");
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.json().path("detail").asText()).contains("Generation " + building);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(admin().get("/api/admin/projections/generations/" + (building + 1)).status())
                .as("the refused rebuild created no generation").isEqualTo(404);

        String lateOrder = UUID.randomUUID().toString();
        order(lateOrder, "2025-03-20T10:00:00Z", 300.00);
        await("the late order in the active generation").atMost(Duration.ofSeconds(30))
                .until(() -> !snapshot().equals(before));
        String withLateOrder = snapshot();

        RebuildGate.open();
        await("the rebuilt generation taking over").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> generation(building).path("state").asText(), "ACTIVE"::equals);
        assertThat(generation(active).path("state").asText()).isEqualTo("RETIRED");
        assertThat(admin().get("/api/admin/projections").json().path("active").asInt()).isEqualTo(building);
        JsonNode finished = generation(building).path("progress");
        assertThat(finished.path("replayed").asLong()).isEqualTo(finished.path("events").asLong());
        assertThat(finished.path("percent").decimalValue()).isEqualByComparingTo("100");
        assertThat(snapshot()).as("byte-identical answers from the rebuilt generation").isEqualTo(withLateOrder);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                PrometheusMetrics.scrape(port).value("sales_read_model_generation_active").orElseThrow() == building);
    }

    @Test
    void aCancelledRebuildLeavesTheActiveGenerationAnswering() {
        int active = activeGeneration();
        RebuildGate.close();
        passTheGateOnce();
        var rebuild = admin().post("/api/admin/projections/rebuild", "");
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        int building = rebuild.json().path("generation").asInt();

        var cancelled = admin().delete("/api/admin/projections/generations/" + building);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().path("state").asText()).isEqualTo("CANCELLED");
        RebuildGate.open();

        assertThat(admin().get("/api/admin/projections").json().path("active").asInt()).isEqualTo(active);
        assertThat(admin().delete("/api/admin/projections/generations/" + building).status()).isEqualTo(409);
        assertThat(admin().delete("/api/admin/projections/generations/" + active).status()).isEqualTo(409);
        assertThat(generation(active).path("state").asText()).as("a refused cancel changes nothing")
                .isEqualTo("ACTIVE");
        assertThat(admin().get("/api/admin/projections/generations/9999").status()).isEqualTo(404);
        assertThat(ApiClient.onPort(port).as(TestTokens.manager(UUID.randomUUID().toString(), team))
                .get("/api/admin/projections").status()).isEqualTo(403);
    }

    private void aMonthOfSales() {
        publish("performance", "RepHired", rep, data("performance", "RepHired").put("repId", rep).put("teamId", team)
                .put("name", "王芳"), "2025-01-01T00:00:00Z");
        publish("customers", "LeadRegistered", customer, data("customers", "LeadRegistered")
                .put("customerId", customer).put("ownerRepId", rep).put("region", "华南"), "2025-03-01T09:00:00Z");
        order(UUID.randomUUID().toString(), "2025-03-03T10:00:00Z", 1200.00);
        order(UUID.randomUUID().toString(), "2025-03-10T10:00:00Z", 800.50);
        await("the month in the active generation").atMost(Duration.ofSeconds(30)).until(() -> admin()
                .get("/api/reports/leaderboard?period=2025-03&teamId=" + team).body().contains("2000.50"));
    }

    /** The gate event passes the active generation at once; a rebuilding generation stops at it while it is shut. */
    private void passTheGateOnce() {
        long passed = RebuildGate.passed;
        ObjectNode envelope = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString())
                .put("type", "GateReached").put("version", 1).put("occurredAt", Instant.now().toString())
                .put("aggregateType", "Gate").put("aggregateId", "gate").put("sequence", 0).put("source", "test");
        envelope.putObject("data");
        TopicProbe.publish(GATE_TOPIC, "gate", envelope.toString());
        RebuildGate.published++;
        await("the gate event through the active generation").atMost(Duration.ofSeconds(30))
                .until(() -> RebuildGate.passed > passed);
    }

    private void order(String id, String at, double total) {
        ObjectNode placed = data("orders", "OrderPlaced").put("orderId", id).put("customerId", customer)
                .put("repId", rep).put("teamId", team).put("total", total);
        placed.putArray("lines").addObject().put("sku", "CRM-PRO").put("quantity", 1).put("listPrice", total)
                .put("unitPrice", total).put("discountPercent", 0.0).put("lineTotal", total);
        publish("orders", "OrderPlaced", id, placed, at);
        ObjectNode confirmed = data("orders", "OrderConfirmed").setAll(placed.deepCopy()
                .retain("orderId", "customerId", "repId", "teamId", "lines", "total", "currency"));
        publish("orders", "OrderConfirmed", id, confirmed, at);
    }

    /** Raw bodies of the reports that concern this rep, JSON and CSV. */
    private String snapshot() {
        StringBuilder bodies = new StringBuilder();
        for (String path : List.of("/api/reports/leaderboard?period=2025-03&teamId=" + team,
                "/api/reports/sales-trend?granularity=WEEK&from=2025-03-01&to=2025-03-31&repId=" + rep,
                "/api/reports/customer-behaviour?groupBy=region&size=200")) {
            for (String type : List.of("application/json", "text/csv")) {
                var response = admin().get(path, type);
                assertThat(response.status()).as(response.toString()).isEqualTo(200);
                bodies.append(path).append(' ').append(type).append('\n').append(response.body()).append('\n');
            }
        }
        return bodies.toString();
    }

    private int activeGeneration() {
        return admin().get("/api/admin/projections").json().path("active").asInt();
    }

    private JsonNode generation(int number) {
        var response = admin().get("/api/admin/projections/generations/" + number);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private ApiClient admin() {
        return ApiClient.onPort(port).as(TestTokens.admin());
    }

    /** Holds the consumers of a generation being rebuilt at the gate events while shut; the active one passes. */
    @TestConfiguration(proxyBeanMethods = false)
    static class RebuildGate {

        private static volatile CountDownLatch open = new CountDownLatch(0);
        private static volatile long passed;
        private static volatile long published;

        static void close() {
            open = new CountDownLatch(1);
        }

        static void open() {
            open.countDown();
        }

        @Bean
        InboundSubscription rebuildGate(ReadModelRouting routing) {
            return InboundSubscription.named("rebuild-gate").topic(GATE_TOPIC)
                    .on("GateReached", 1, JsonNode.class, (data, envelope) -> {
                        if (!routing.current().equals(routing.active())) {
                            awaitOpen();
                        }
                        passed++;
                    })
                    .build();
        }

        private static void awaitOpen() {
            try {
                if (!open.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The rebuild gate stayed shut");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
