package com.salesplatform.systemtests.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.systemtests.Gateway;
import com.salesplatform.systemtests.Gateway.Response;

/**
 * What the browser tests need to see, made through the API as a rep and their manager would: a customer of rep1
 * with a follow-up due later today and an open deal, and rep1's revenue target of this month (made once: the
 * month's target is reused by later runs on the same platform).
 */
final class ConsoleData {

    static final String REP1 = "5a1e5000-0000-4000-8000-0000000000c1";
    static final ZoneId COMPANY_ZONE = ZoneId.of(System.getenv().getOrDefault("SALES_TIME_ZONE", "Asia/Shanghai"));

    final String customerId;
    final String customerName;
    final String dealTitle;
    final String followUpPurpose;

    private ConsoleData(String customerId, String customerName, String dealTitle, String followUpPurpose) {
        this.customerId = customerId;
        this.customerName = customerName;
        this.dealTitle = dealTitle;
        this.followUpPurpose = followUpPurpose;
    }

    static ConsoleData forRep1(Gateway gateway) {
        String rep = gateway.token("rep1", "rep1");
        String manager = gateway.token("manager", "manager");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "浏览器测试客户 " + suffix;

        Response lead = create(gateway, "/api/customers/leads", Map.of("name", name, "type", "B2B", "industry", "制造",
                "region", "华东", "channel", "EXHIBITION"), rep);
        assertThat(lead.status()).as("register the lead: %s", lead).isEqualTo(201);
        String customerId = lead.json().path("id").asText();

        // later today in the company's calendar (or in a minute, just before midnight)
        ZonedDateTime now = ZonedDateTime.now(COMPANY_ZONE);
        Instant endOfDay = now.toLocalDate().plusDays(1).atStartOfDay(COMPANY_ZONE).toInstant();
        Instant due = now.toInstant().plus(2, ChronoUnit.HOURS);
        if (!due.isBefore(endOfDay)) due = endOfDay.minusSeconds(30);
        String purpose = "确认样品反馈 " + suffix;
        Response followUp = create(gateway, "/api/customers/" + customerId + "/follow-ups",
                Map.of("dueAt", due.toString(), "purpose", purpose), rep);
        assertThat(followUp.status()).as("schedule the follow-up: %s", followUp).isEqualTo(201);

        String title = "生产线改造项目 " + suffix;
        Response deal = create(gateway, "/api/opportunities", Map.of("customerId", customerId, "title", title,
                "expectedAmount", 128000.00, "expectedCloseDate", LocalDate.now(COMPANY_ZONE).plusMonths(1).toString()), rep);
        assertThat(deal.status()).as("open the deal: %s", deal).isEqualTo(201);

        String month = now.toLocalDate().toString().substring(0, 7);
        Response existing = gateway.get("/api/targets?period=" + month + "&scope=REP&ownerId=" + REP1, manager);
        assertThat(existing.status()).as("rep1's targets: %s", existing).isEqualTo(200);
        if (existing.json().path("totalItems").asLong() == 0) {
            Response target = create(gateway, "/api/targets", Map.of("scope", "REP", "ownerId", REP1, "period", month,
                    "metric", "REVENUE", "amount", 200000.00, "specific", "本月新签合同额",
                    "achievable", "上月实际 18 万，增长约 10%", "relevant", "支撑团队季度目标"), manager);
            assertThat(target.status()).as("set rep1's target: %s", target).isEqualTo(201);
        }
        return new ConsoleData(customerId, name, title, purpose);
    }

    /**
     * A creating POST, sent again with the same Idempotency-Key while the gateway answers 503 or 504 (a service
     * warming up on a busy machine takes longer than the gateway's time limit at first); the retry replays the
     * first answer, or is 409 while the first still runs.
     */
    static Response create(Gateway gateway, String path, Object body, String token) {
        String key = UUID.randomUUID().toString();
        AtomicBoolean retried = new AtomicBoolean();
        return await(path).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2))
                .until(() -> gateway.post(path, body, token, key), response -> {
                    int status = response.status();
                    boolean again = status == 503 || status == 504 || status == 409 && retried.get();
                    if (again) retried.set(true);
                    return !again;
                });
    }

    /**
     * Every read the screens start with answers 200 before the browser opens them: on a busy machine a service's
     * first answers may take longer than the gateway's time limit.
     */
    static void warmUp(Gateway gateway) {
        String manager = gateway.token("manager", "manager");
        for (String path : new String[] {"/api/reports/leaderboard", "/api/reports/pipeline", "/api/reports/sales-trend",
                "/api/reports/target-attainment?scope=REP", "/api/reps", "/api/knowledge/articles", "/api/customers",
                "/api/opportunities", "/api/follow-ups?due=OVERDUE"}) {
            await(path).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> gateway.get(path, manager).status() == 200);
        }
    }

    /**
     * The server's own message for the name of a lead without one, in the language the console asks for
     * ({@code Accept-Language}: the services' validation messages are localised).
     */
    static String serverMessageForBlankLeadName(Gateway gateway, String language) {
        try {
            HttpResponse<String> rejected = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            gateway.base().resolve("/api/customers/leads"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + gateway.token("rep1", "rep1"))
                    .header("Content-Type", "application/json")
                    .header("Accept-Language", language)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"\",\"type\":\"B2B\",\"channel\":\"PHONE\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(rejected.statusCode()).as("a lead without a name: %s", rejected.body()).isEqualTo(400);
            for (JsonNode error : new ObjectMapper().readTree(rejected.body()).path("errors")) {
                if (error.path("field").asText().equals("name")) return error.path("message").asText();
            }
            throw new AssertionError("no error for 'name' in " + rejected.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
