package com.salesplatform.targets.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.targets.support.TargetsApi;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/targets/{id}} carries the target's attainment as reporting-service measured it (AttainmentMeasured
 * on its topic, this service's copy): none before the first measurement, the latest one after, and a measurement
 * arriving late never replaces a later one.
 */
@ServiceIntegrationTest
class TargetAttainmentViewIT {

    private static final String REPORTS = "sales.reports.events";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private final String admin = TestTokens.admin();

    @Test
    void theTargetShowsItsLatestMeasuredAttainment() throws Exception {
        TargetsApi api = new TargetsApi(port, jdbc);
        String target = api.setTarget(admin, "COMPANY", null, "2027", "300000.00");
        JsonNode before = api.as(admin).get("/api/targets/" + target).json();
        assertThat(before.path("amount").decimalValue()).isEqualByComparingTo("300000.00");
        assertThat(before.path("attainment").isMissingNode() || before.path("attainment").isNull())
                .as("no measurement yet").isTrue();

        publish(target, 1, "120000.00", "40.00", "360000.00", "120.00", "ON_TRACK", "2027-03-11T02:00:00Z");
        await("the measurement in the view").atMost(Duration.ofSeconds(30)).until(() ->
                api.as(admin).get("/api/targets/" + target).json().path("attainment").path("actual").isNumber());

        String late = publish(target, 0, "60000.00", "20.00", "240000.00", "80.00", "OFF_TRACK",
                "2027-02-20T02:00:00Z");
        await("the late measurement handled").atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM inbox_message WHERE event_id = ?", Integer.class, late) == 1);

        JsonNode attainment = api.as(admin).get("/api/targets/" + target).json().path("attainment");
        assertThat(attainment.path("target").decimalValue()).isEqualByComparingTo("300000.00");
        assertThat(attainment.path("actual").decimalValue()).isEqualByComparingTo("120000.00");
        assertThat(attainment.path("percent").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(attainment.path("forecast").decimalValue()).isEqualByComparingTo("360000.00");
        assertThat(attainment.path("forecastPercent").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(attainment.path("outlook").asText()).isEqualTo("ON_TRACK");
        assertThat(attainment.path("measuredAt").asText()).isEqualTo("2027-03-11T02:00:00Z");
    }

    /** reporting-service's AttainmentMeasured number {@code sequence} of the target's stream; answers its event id. */
    private static String publish(String target, long sequence, String actual, String percent, String forecast,
                                  String forecastPercent, String outlook, String measuredAt) throws Exception {
        ObjectNode data = Contracts.exampleData("reports", "AttainmentMeasured", 1).put("targetId", target)
                .put("target", 300000.00).put("actual", Double.parseDouble(actual))
                .put("attainmentPercent", Double.parseDouble(percent))
                .put("runRateForecast", Double.parseDouble(forecast))
                .put("forecastPercent", Double.parseDouble(forecastPercent)).put("outlook", outlook)
                .put("measuredAt", measuredAt);
        String eventId = UUID.randomUUID().toString();
        ObjectNode envelope = (ObjectNode) JSON.readTree(Contracts.envelope("reports", "AttainmentMeasured", 1,
                eventId, target, data));
        envelope.put("aggregateType", "TargetAttainment").put("sequence", sequence);
        TopicProbe.publish(REPORTS, target, envelope.toString());
        return eventId;
    }
}
