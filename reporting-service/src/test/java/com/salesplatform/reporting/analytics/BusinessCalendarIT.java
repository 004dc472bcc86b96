package com.salesplatform.reporting.analytics;

import static com.salesplatform.platformtest.ContractEvents.data;
import static com.salesplatform.platformtest.ContractEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Figures are counted in the company's calendar (Asia/Shanghai here, the default): an order confirmed at 23:30 on
 * the last day of a month in Beijing counts in that month, one confirmed at 00:30 the next day in the next month and
 * quarter, although both are on the same day in UTC.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BusinessCalendarIT {

    @LocalServerPort
    private int port;
    @Autowired
    private BusinessCalendar calendar;

    private final String team = UUID.randomUUID().toString();
    private final String rep = UUID.randomUUID().toString();
    private final String customer = UUID.randomUUID().toString();

    @BeforeAll
    void ordersAroundAMonthAndAQuarterEnd() {
        publish("performance", "RepHired", rep, data("performance", "RepHired").put("repId", rep).put("teamId", team)
                .put("name", "王芳"), "2026-01-01T00:00:00Z");
        for (String month : new String[] {"2026-03", "2026-04", "2026-06", "2026-07"}) {
            String target = UUID.randomUUID().toString();
            publish("targets", "TargetSet", target, data("targets", "TargetSet").put("targetId", target)
                    .put("scope", "REP").put("ownerId", rep).put("period", month).put("amount", 1000.00)
                    .put("timeBound", calendar.endOf(CalendarPeriod.parse(month)).toString()), "2026-02-01T00:00:00Z");
        }
        confirmed(100.00, "2026-03-31T15:30:00Z"); // 23:30 on 31 March in Beijing
        confirmed(200.00, "2026-03-31T16:30:00Z"); // 00:30 on 1 April in Beijing, still 31 March in UTC
        confirmed(300.00, "2026-06-30T15:30:00Z"); // 23:30 on 30 June: the last half hour of Q2
        confirmed(400.00, "2026-06-30T16:30:00Z"); // 00:30 on 1 July: Q3

        await("the orders have arrived").atMost(Duration.ofSeconds(60)).until(() ->
                leaderboard("2026").path("bookedRevenue").decimalValue().compareTo(BigDecimal.valueOf(1000))
                        == 0);
    }

    @Test
    void monthlyAttainmentCountsEachOrderInItsLocalMonth() {
        assertThat(actualOf("2026-03")).isEqualByComparingTo("100.00");
        assertThat(actualOf("2026-04")).isEqualByComparingTo("200.00");
        assertThat(actualOf("2026-06")).isEqualByComparingTo("300.00");
        assertThat(actualOf("2026-07")).isEqualByComparingTo("400.00");
    }

    @Test
    void theTrendBucketsByLocalDayAndMonth() {
        JsonNode days = get("/api/reports/sales-trend?granularity=DAY&from=2026-03-31&to=2026-04-01&repId=" + rep)
                .path("items");
        assertThat(days).hasSize(2);
        assertThat(days.get(0).path("bucketStart").asText()).isEqualTo("2026-03-31");
        assertThat(days.get(0).path("bookedRevenue").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(days.get(1).path("bucketStart").asText()).isEqualTo("2026-04-01");
        assertThat(days.get(1).path("bookedRevenue").decimalValue()).isEqualByComparingTo("200.00");

        JsonNode months = get("/api/reports/sales-trend?granularity=MONTH&from=2026-06-01&to=2026-07-31&repId=" + rep)
                .path("items");
        assertThat(months).hasSize(2);
        assertThat(months.get(0).path("bookedRevenue").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(months.get(1).path("bookedRevenue").decimalValue()).isEqualByComparingTo("400.00");
    }

    @Test
    void theLeaderboardOfAQuarterEndsAtLocalMidnight() {
        assertThat(leaderboard("2026-Q1").path("bookedRevenue").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(leaderboard("2026-Q2").path("bookedRevenue").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(leaderboard("2026-Q3").path("bookedRevenue").decimalValue()).isEqualByComparingTo("400.00");
    }

    private BigDecimal actualOf(String month) {
        JsonNode items = get("/api/reports/target-attainment?ownerId=" + rep + "&period=" + month).path("items");
        assertThat(items).as(month).hasSize(1);
        return items.get(0).path("actual").decimalValue();
    }

    private JsonNode leaderboard(String period) {
        JsonNode items = get("/api/reports/leaderboard?period=" + period + "&teamId=" + team).path("items");
        for (JsonNode item : items) {
            if (item.path("repId").asText().equals(rep)) {
                return item;
            }
        }
        return JsonNodeFactory.instance.objectNode().put("bookedRevenue", 0);
    }

    private void confirmed(double total, String at) {
        ConfirmedOrders.publishConfirmed(customer, rep, team, total, at);
    }

    private JsonNode get(String path) {
        var response = ApiClient.onPort(port).as(TestTokens.admin()).get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
