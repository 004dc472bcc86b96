package com.salesplatform.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.systemtests.Gateway.Response;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking slice through the gateway, as a frontend drives it: a manager sets a team target in
 * targets-service; its TargetSet event travels through the event store and Kafka to reporting-service, whose
 * target-attainment report then lists it with actual 0.
 */
@ExtendWith(RunningPlatform.class)
class WalkingSliceIT {

    static final String DEMO_TEAM = "5a1e5000-0000-4000-8000-000000000001";
    /**
     * Next year in the company's calendar: no order is booked in it yet (the demo data's and other tests' orders
     * are booked today), so a new target's actual is 0 whenever the tests run.
     */
    static final String PERIOD = java.time.Year.now(java.time.ZoneId.of(
            System.getenv().getOrDefault("SALES_TIME_ZONE", "Asia/Shanghai"))).plusYears(1).toString();
    static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(30);

    private Gateway gateway;

    @BeforeEach
    void setUp(Gateway gateway) {
        this.gateway = gateway;
    }

    @Test
    @DisplayName("a manager sets a team target; it appears in the attainment report with actual 0")
    void targetSetByManagerReachesTheAttainmentReport() {
        String token = gateway.token("manager", "manager");

        Response created = gateway.post("/api/targets", teamTarget("system test " + UUID.randomUUID()), token);

        assertThat(created.status()).as("create the target: %s", created).isEqualTo(201);
        String id = created.json().path("id").asText("");
        assertThat(id).as("id in the body: %s", created).isNotBlank();
        assertThat(UUID.fromString(id)).as("id is a UUID: %s", created).isNotNull();
        assertThat(created.header("Location")).as("Location header: %s", created)
                .hasValueSatisfying(location -> assertThat(location).endsWith(id));

        AtomicReference<String> lastSeen = new AtomicReference<>("(no report fetched yet)");
        JsonNode row;
        try {
            row = await("target " + id + " in the attainment report of " + PERIOD)
                    .atMost(ARRIVAL_TIMEOUT)
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> AttainmentReport.find(gateway, PERIOD, id, token, lastSeen), Optional::isPresent)
                    .orElseThrow();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Target " + id + " did not appear in the attainment report within "
                    + ARRIVAL_TIMEOUT.toSeconds() + " s (targets-service -> Kafka -> reporting-service; see "
                    + ".run/logs/targets-service.log and reporting-service.log).\nCreated: " + created
                    + "\nLast report answer: " + lastSeen.get(), e);
        }

        assertThat(row.path("scope").asText()).as("scope in %s", row).isEqualTo("TEAM");
        assertThat(row.path("ownerId").asText()).as("ownerId in %s", row).isEqualTo(DEMO_TEAM);
        assertThat(row.path("period").asText()).as("period in %s", row).isEqualTo(PERIOD);
        assertThat(row.path("metric").asText()).as("metric in %s", row).isEqualTo("REVENUE");
        assertThat(decimal(row, "target")).as("target amount in %s", row).isEqualByComparingTo("1200000.00");
        assertThat(decimal(row, "actual")).as("actual in %s", row).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    @DisplayName("a target without its 'specific' SMART field is rejected with problem details naming the field")
    void targetWithoutSpecificIsRejected() {
        String token = gateway.token("manager", "manager");
        Map<String, Object> body = teamTarget("ignored");
        body.remove("specific");

        Response response = gateway.post("/api/targets", body, token);

        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.contentType()).as("%s", response).startsWith("application/problem+json");
        JsonNode errors = response.json().path("errors");
        assertThat(errors.isArray()).as("an errors array in %s", response).isTrue();
        assertThat(errors).as("a field error for 'specific' in %s", response)
                .anySatisfy(error -> {
                    assertThat(error.path("field").asText()).isEqualTo("specific");
                    assertThat(error.path("message").asText()).isNotBlank();
                });
    }

    @Test
    @DisplayName("setting a target without a token is 401")
    void targetWithoutTokenIsUnauthorized() {
        Response response = gateway.post("/api/targets", teamTarget("no token"), null);

        assertThat(response.status()).as("%s", response).isEqualTo(401);
    }

    @Test
    @DisplayName("a rep may read the attainment report")
    void repReadsTheAttainmentReport() {
        String token = gateway.token("rep1", "rep1");

        Response response = gateway.get("/api/reports/target-attainment?period=" + PERIOD, token);

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonNode page = response.json();
        assertThat(page.path("items").isArray()).as("items array in %s", response).isTrue();
        assertThat(page.has("totalItems") && page.has("totalPages") && page.has("page") && page.has("size"))
                .as("paging fields in %s", response).isTrue();
    }

    static Map<String, Object> teamTarget(String marker) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scope", "TEAM");
        body.put("ownerId", DEMO_TEAM);
        body.put("period", PERIOD);
        body.put("metric", "REVENUE");
        body.put("amount", new BigDecimal("1200000.00"));
        body.put("specific", "Grow the demo team's booked revenue to 1.2 M CNY in " + PERIOD + " (" + marker + ")");
        body.put("achievable", "Last year's 1.0 M CNY plus 20 % from the two new regions");
        body.put("relevant", "Serves the company's growth strategy for " + PERIOD);
        return body;
    }

    private static BigDecimal decimal(JsonNode row, String field) {
        JsonNode value = row.path(field);
        assertThat(value.isMissingNode() || value.isNull()).as("'%s' present in %s", field, row).isFalse();
        return new BigDecimal(value.asText());
    }
}
