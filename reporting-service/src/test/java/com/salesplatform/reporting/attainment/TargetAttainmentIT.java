package com.salesplatform.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.platform.inbox.InboundSubscriptions;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.PrometheusMetrics;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.reporting.analytics.ConfirmedOrders;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Targets arriving on sales.targets.events become attainment rows, once each, visible to whom they concern. */
@ServiceIntegrationTest
class TargetAttainmentIT {

    private static final String TARGETS = "sales.targets.events";
    private static final String ROSTER = "sales.performance.events";

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    @Test
    void theContractsExampleIsProjectedWithActualZero() {
        JsonNode example = Contracts.example("targets", "TargetSet", 1);
        String targetId = example.path("targetId").asText();
        TopicProbe.publish(TARGETS, targetId, Contracts.envelope("targets", "TargetSet", 1,
                UUID.randomUUID().toString(), targetId, example));

        JsonNode row = awaitRow(TestTokens.admin(), "2027", targetId);
        assertThat(row.path("scope").asText()).isEqualTo("TEAM");
        assertThat(row.path("target").decimalValue()).isEqualByComparingTo("1200000.00");
        assertThat(row.path("actual").decimalValue()).isEqualByComparingTo("0");
        assertThat(row.path("attainmentPercent").decimalValue()).isEqualByComparingTo("0");
        assertThat(row.path("status").asText()).isEqualTo("DRAFT");
    }

    /**
     * Attainment is computed here only; targets-service learns it from AttainmentMeasured: one measurement when the
     * target arrives, one more when a confirmed order changes its actual, none while nothing changes.
     */
    @Test
    void aTargetsAttainmentIsPublishedWhenItsActualChanges() {
        String rep = UUID.randomUUID().toString();
        String team = UUID.randomUUID().toString();
        String targetId = UUID.randomUUID().toString();
        CalendarPeriod year = CalendarPeriod.parse(String.valueOf(Year.now(clock).getValue()));
        ObjectNode data = targetSetData(targetId, "REP", rep, year.value()).put("amount", 300000.00);
        TopicProbe.publish(TARGETS, targetId, Contracts.envelope("targets", "TargetSet", 1,
                UUID.randomUUID().toString(), targetId, data));

        try (TopicProbe reports = TopicProbe.on("sales.reports.events")) {
            JsonNode first = reports.awaitEnvelope(targetId, "AttainmentMeasured").path("data");
            assertThat(first.path("target").decimalValue()).isEqualByComparingTo("300000.00");
            assertThat(first.path("actual").decimalValue()).isEqualByComparingTo("0");

            ConfirmedOrders.publishConfirmed(UUID.randomUUID().toString(), rep, team, 120000.00,
                    clock.instant().toString());

            JsonNode second = reports.awaitEnvelopes(targetId, "AttainmentMeasured", 2).get(1);
            assertThat(second.path("sequence").asLong()).isEqualTo(1);
            JsonNode measured = second.path("data");
            assertThat(measured.path("actual").decimalValue()).isEqualByComparingTo("120000.00");
            assertThat(measured.path("attainmentPercent").decimalValue()).isEqualByComparingTo("40.00");
            Instant measuredAt = Instant.parse(measured.path("measuredAt").asText());
            BigDecimal forecast = TargetAttainmentReport.runRateForecast(new BigDecimal("120000.00"),
                    BusinessCalendar.of(clock).startOf(year), Instant.parse(data.path("timeBound").asText()),
                    measuredAt);
            assertThat(measured.path("runRateForecast").decimalValue()).isEqualByComparingTo(forecast);
            assertThat(measured.path("forecastPercent").decimalValue()).isEqualByComparingTo(
                    forecast.multiply(BigDecimal.valueOf(100)).divide(new BigDecimal("300000.00"), 2,
                            RoundingMode.HALF_UP));

            await("no measurement while nothing changes").during(Duration.ofSeconds(12))
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> reports.seenFor(targetId).size() == 2);
        }
    }

    @Test
    void aDuplicateDeliveryIsCountedOnce() {
        String targetId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String envelope = targetSet(eventId, targetId, "COMPANY", null, "2031");
        TopicProbe.publish(TARGETS, targetId, envelope);
        TopicProbe.publish(TARGETS, targetId, envelope);
        String marker = UUID.randomUUID().toString();
        TopicProbe.publish(TARGETS, targetId, targetSet(UUID.randomUUID().toString(), marker, "COMPANY", null, "2031"));

        awaitRow(TestTokens.admin(), "2031", marker);
        JsonNode items = report(TestTokens.admin(), "?period=2031&size=200").path("items");
        assertThat(ids(items).stream().filter(targetId::equals)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM inbox_message WHERE event_id = ?", Integer.class,
                eventId)).isEqualTo(1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicIsCountedAndConsumptionGoesOn() {
        String key = UUID.randomUUID().toString();
        double deadLetteredBefore = deadLettered();
        try (TopicProbe deadLetters = TopicProbe.on(InboundSubscriptions.deadLetterTopic(TARGETS,
                "reporting-service.target-attainment"))) {
            String before = UUID.randomUUID().toString();
            String after = UUID.randomUUID().toString();
            TopicProbe.publishAll(List.of(
                    new ProducerRecord<>(TARGETS, key, targetSet(UUID.randomUUID().toString(), before, "COMPANY", null, "2032")),
                    new ProducerRecord<>(TARGETS, key, "this is not an event envelope"),
                    new ProducerRecord<>(TARGETS, key, targetSet(UUID.randomUUID().toString(), after, "COMPANY", null, "2032"))));

            awaitRow(TestTokens.admin(), "2032", after);
            assertThat(ids(report(TestTokens.admin(), "?period=2032&size=200").path("items")))
                    .as("the records around the poison one, each once").containsOnlyOnce(before, after);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                deadLetters.seenFor("none");
                return deadLetters.records().stream()
                        .anyMatch(record -> record.value().equals("this is not an event envelope"));
            });
            await("the dead-letter counter").atMost(Duration.ofSeconds(10))
                    .until(() -> deadLettered() == deadLetteredBefore + 1);
        }
    }

    private double deadLettered() {
        return PrometheusMetrics.scrape(port).value("sales_inbox_dead_lettered_total",
                "consumer=\"reporting-service.target-attainment\"", "topic=\"" + TARGETS + "\"").orElseThrow();
    }

    @Test
    void managersAndRepsSeeOnlyTheTargetsThatConcernThem() {
        String team = UUID.randomUUID().toString();
        String rep = UUID.randomUUID().toString();
        String otherRep = UUID.randomUUID().toString();
        ObjectNode hired = Contracts.exampleData("performance", "RepHired", 1).put("repId", rep).put("teamId", team);
        TopicProbe.publish(ROSTER, rep, Contracts.envelope("performance", "RepHired", 1,
                UUID.randomUUID().toString(), rep, hired));

        String company = UUID.randomUUID().toString();
        String teamTarget = UUID.randomUUID().toString();
        String repTarget = UUID.randomUUID().toString();
        String otherTeamTarget = UUID.randomUUID().toString();
        String otherRepTarget = UUID.randomUUID().toString();
        publish(targetSet(UUID.randomUUID().toString(), company, "COMPANY", null, "2033"));
        publish(targetSet(UUID.randomUUID().toString(), teamTarget, "TEAM", team, "2033"));
        publish(targetSet(UUID.randomUUID().toString(), repTarget, "REP", rep, "2033"));
        publish(targetSet(UUID.randomUUID().toString(), otherTeamTarget, "TEAM", UUID.randomUUID().toString(), "2033"));
        publish(targetSet(UUID.randomUUID().toString(), otherRepTarget, "REP", otherRep, "2033"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                ids(report(TestTokens.admin(), "?period=2033").path("items")).size() == 5);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                ids(report(TestTokens.manager(UUID.randomUUID().toString(), team), "?period=2033").path("items"))
                        .contains(repTarget));

        assertThat(ids(report(TestTokens.manager(UUID.randomUUID().toString(), team), "?period=2033").path("items")))
                .containsExactlyInAnyOrder(company, teamTarget, repTarget);
        assertThat(ids(report(TestTokens.rep(rep, team), "?period=2033").path("items")))
                .containsExactlyInAnyOrder(company, repTarget);
        assertThat(ApiClient.onPort(port).get("/api/reports/target-attainment").status()).isEqualTo(401);
    }

    @Test
    void badParametersAreNamed() {
        var badPeriod = ApiClient.onPort(port).as(TestTokens.admin())
                .get("/api/reports/target-attainment?period=2027-Q9");
        assertThat(badPeriod.status()).as(badPeriod.toString()).isEqualTo(400);
        assertThat(badPeriod.json().path("errors").get(0).path("field").asText()).isEqualTo("period");
        var tooBig = ApiClient.onPort(port).as(TestTokens.admin()).get("/api/reports/target-attainment?size=500");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().path("errors").get(0).path("field").asText()).isEqualTo("size");
    }

    private JsonNode awaitRow(String token, String period, String targetId) {
        await("target " + targetId + " in the report").atMost(Duration.ofSeconds(30))
                .until(() -> ids(report(token, "?period=" + period + "&size=200").path("items")).contains(targetId));
        for (JsonNode item : report(token, "?period=" + period + "&size=200").path("items")) {
            if (item.path("targetId").asText().equals(targetId)) {
                return item;
            }
        }
        throw new AssertionError("vanished: " + targetId);
    }

    private JsonNode report(String token, String query) {
        var response = ApiClient.onPort(port).as(token).get("/api/reports/target-attainment" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("targetId").asText()));
        return ids;
    }

    private static void publish(String envelope) {
        TopicProbe.publish(TARGETS, UUID.randomUUID().toString(), envelope);
    }

    private static String targetSet(String eventId, String targetId, String scope, String ownerId, String period) {
        return Contracts.envelope("targets", "TargetSet", 1, eventId, targetId,
                targetSetData(targetId, scope, ownerId, period));
    }

    private static ObjectNode targetSetData(String targetId, String scope, String ownerId, String period) {
        ObjectNode data = Contracts.exampleData("targets", "TargetSet", 1)
                .put("targetId", targetId).put("scope", scope).put("period", period)
                .put("timeBound", (Integer.parseInt(period) + 1) + "-01-01T00:00:00Z");
        if (ownerId == null) {
            data.remove("ownerId");
        } else {
            data.put("ownerId", ownerId);
        }
        return data;
    }
}
