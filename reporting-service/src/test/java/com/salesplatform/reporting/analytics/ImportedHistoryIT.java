package com.salesplatform.reporting.analytics;

import static com.salesplatform.platformtest.ContractEvents.data;
import static com.salesplatform.platformtest.ContractEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * History an ADMIN imported today (targets of ended months, orders with the instant they were confirmed in fact)
 * counts in its own past periods in the company's calendar, not in the month it was imported.
 */
@ServiceIntegrationTest
class ImportedHistoryIT {

    @LocalServerPort
    private int port;
    @Autowired
    private BusinessCalendar calendar;
    @Autowired
    private Clock clock;

    private final String team = UUID.randomUUID().toString();
    private final String rep = UUID.randomUUID().toString();
    private final String customer = UUID.randomUUID().toString();

    @Test
    void importedTargetsAndOrdersCountInTheirLocalMonths() {
        String today = clock.instant().toString();
        publish("performance", "RepHired", rep, data("performance", "RepHired").put("repId", rep).put("teamId", team)
                .put("name", "王芳"), "2025-01-01T00:00:00Z");
        String admin = UUID.randomUUID().toString();
        for (String month : new String[] {"2025-10", "2025-11"}) {
            String target = UUID.randomUUID().toString();
            publish("targets", "TargetSet", target, data("targets", "TargetSet").put("targetId", target)
                    .put("scope", "REP").put("ownerId", rep).put("period", month).put("amount", 1000.00)
                    .put("timeBound", calendar.endOf(CalendarPeriod.parse(month)).toString())
                    .put("importedBy", admin), today);
        }
        ConfirmedOrders.publishImported(customer, rep, team, 100.00, "2025-10-31T15:30:00Z", today); // 23:30 local
        ConfirmedOrders.publishImported(customer, rep, team, 200.00, "2025-10-31T16:30:00Z", today); // 00:30, 1 Nov

        await("the imported orders have arrived").atMost(Duration.ofSeconds(60))
                .until(() -> actualOf("2025-11").compareTo(BigDecimal.valueOf(200)) == 0);
        assertThat(actualOf("2025-10")).isEqualByComparingTo("100.00");
        assertThat(attainment("2025-10").path("attainmentPercent").decimalValue()).isEqualByComparingTo("10.0");
        assertThat(attainment("2025-11").path("attainmentPercent").decimalValue()).isEqualByComparingTo("20.0");
        String thisMonth = calendar.dateOf(clock.instant()).toString().substring(0, 7);
        assertThat(get("/api/reports/target-attainment?ownerId=" + rep + "&period=" + thisMonth).path("items"))
                .as("nothing in the month they were imported").isEmpty();

        JsonNode days = get("/api/reports/sales-trend?granularity=DAY&from=2025-10-31&to=2025-11-01&repId=" + rep)
                .path("items");
        assertThat(days).hasSize(2);
        assertThat(days.get(0).path("bucketStart").asText()).isEqualTo("2025-10-31");
        assertThat(days.get(0).path("bookedRevenue").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(days.get(1).path("bucketStart").asText()).isEqualTo("2025-11-01");
        assertThat(days.get(1).path("bookedRevenue").decimalValue()).isEqualByComparingTo("200.00");
    }

    private BigDecimal actualOf(String month) {
        JsonNode attainment = attainment(month);
        return attainment.isMissingNode() ? BigDecimal.ZERO : attainment.path("actual").decimalValue();
    }

    private JsonNode attainment(String month) {
        return get("/api/reports/target-attainment?ownerId=" + rep + "&period=" + month).path("items").path(0);
    }

    private JsonNode get(String path) {
        var response = ApiClient.onPort(port).as(TestTokens.admin()).get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
