package com.salesplatform.reporting.analytics;

import static com.salesplatform.platformtest.ContractEvents.data;
import static com.salesplatform.platformtest.ContractEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every report answers a call without parameters, as a dashboard's first call is: the current month (and for the
 * trend a range ending today) in the company's calendar.
 */
@ServiceIntegrationTest
class ReportDefaultsIT {

    private static final List<String> REPORTS = List.of("target-attainment", "sales-trend", "pipeline",
            "customer-behaviour", "product-popularity", "risk-alerts", "leaderboard", "activity",
            "training-coverage");

    @LocalServerPort
    private int port;
    @Autowired
    private BusinessCalendar calendar;

    @Test
    void everyReportAnswersWithoutParameters() {
        ApiClient admin = ApiClient.onPort(port).as(TestTokens.admin());
        for (String report : REPORTS) {
            var answer = admin.get("/api/reports/" + report);
            assertThat(answer.status()).as(report + ": " + answer).isEqualTo(200);
        }
        var badPeriod = admin.get("/api/reports/leaderboard?period=2027-13");
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.json().path("errors").get(0).path("field").asText()).isEqualTo("period");
    }

    @Test
    void withoutAPeriodAReportCoversTheCurrentMonthAndTheTrendEndsToday() {
        String team = UUID.randomUUID().toString();
        String rep = UUID.randomUUID().toString();
        publish("performance", "RepHired", rep, data("performance", "RepHired").put("repId", rep)
                .put("teamId", team).put("name", "赵敏"), "2026-01-01T00:00:00Z");
        String customer = UUID.randomUUID().toString();
        ConfirmedOrders.publishConfirmed(customer, rep, team, 880.00, Instant.now().toString());
        LocalDate today = calendar.dateOf(Instant.now());
        String month = "%d-%02d".formatted(today.getYear(), today.getMonthValue());

        await("the order has arrived").atMost(Duration.ofSeconds(60)).until(() ->
                get("/api/reports/leaderboard?teamId=" + team).path("items").size() == 1);
        JsonNode leaderboard = get("/api/reports/leaderboard?teamId=" + team);
        assertThat(leaderboard.path("items").get(0).path("bookedRevenue").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(880));
        assertThat(leaderboard).isEqualTo(get("/api/reports/leaderboard?period=" + month + "&teamId=" + team));
        assertThat(get("/api/reports/activity?teamId=" + team))
                .isEqualTo(get("/api/reports/activity?period=" + month + "&teamId=" + team));

        JsonNode months = get("/api/reports/sales-trend?repId=" + rep).path("items");
        assertThat(months).hasSize(12);
        assertThat(months.get(11).path("bucketStart").asText()).isEqualTo(today.withDayOfMonth(1).toString());
        assertThat(months.get(11).path("bookedRevenue").decimalValue()).isEqualByComparingTo("880.00");
        assertThat(months.get(0).path("bucketStart").asText())
                .isEqualTo(today.withDayOfMonth(1).minusMonths(11).toString());
        JsonNode days = get("/api/reports/sales-trend?granularity=DAY&repId=" + rep).path("items");
        assertThat(days).hasSize(30);
        assertThat(days.get(29).path("bucketStart").asText()).isEqualTo(today.toString());
        assertThat(get("/api/reports/sales-trend?granularity=WEEK&repId=" + rep).path("items")).hasSize(12);
    }

    private JsonNode get(String path) {
        var response = ApiClient.onPort(port).as(TestTokens.admin()).get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
