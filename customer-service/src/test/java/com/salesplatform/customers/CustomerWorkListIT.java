package com.salesplatform.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platformtest.ApiClient.Response;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rep's daily lists over real HTTP and PostgreSQL: a customer's communication log, follow-ups and complaints as
 * paged lists, each item readable at its Location, and the follow-ups due today or overdue across their customers;
 * a manager sees the team's, another team sees nothing of them.
 */
@ServiceIntegrationTest
class CustomerWorkListIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private BusinessCalendar calendar;

    private CustomerApi api;
    private CustomerApi.Team team;
    private String repToken;

    @BeforeEach
    void setUp() {
        api = new CustomerApi(port, jdbc);
        team = api.team(2);
        repToken = TestTokens.rep(team.rep(1), team.id());
    }

    @Test
    void aCustomersCommunicationsFollowUpsAndComplaintsArePagedListsAndEachItemIsReadable() {
        String customer = api.lead(repToken, "工作清单客户");
        Instant earlier = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant later = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String visit = created(api.post("/api/customers/" + customer + "/communications", """
                {"type":"VISIT","occurredAt":"%s","summary":"拜访采购部","outcome":"对样品感兴趣"}""".formatted(earlier),
                repToken));
        String call = created(api.post("/api/customers/" + customer + "/communications", """
                {"type":"CALL","occurredAt":"%s","summary":"电话确认报价"}""".formatted(later), repToken));
        String resolved = created(api.post("/api/customers/" + customer + "/complaints",
                "{\"subject\":\"到货延迟\",\"description\":\"晚到三天\"}", repToken));
        String open = created(api.post("/api/customers/" + customer + "/complaints", "{\"subject\":\"发票错误\"}",
                repToken));
        assertThat(api.post("/api/customers/" + customer + "/complaints/" + resolved + "/resolution",
                "{\"resolution\":\"补发并致歉\"}", repToken).status()).isEqualTo(204);

        JsonNode log = awaitList("/api/customers/" + customer + "/communications", 2);
        assertThat(ids(log)).as("newest first").containsExactly(call, visit);
        assertThat(log.path("totalItems").asLong()).isEqualTo(2);
        assertThat(log.path("items").get(1).path("summary").asText()).isEqualTo("拜访采购部");
        JsonNode firstPage = api.get("/api/customers/" + customer + "/communications?size=1", repToken).json();
        assertThat(ids(firstPage)).containsExactly(call);
        assertThat(firstPage.path("totalPages").asLong()).isEqualTo(2);
        var single = api.get("/api/customers/" + customer + "/communications/" + visit, repToken);
        assertThat(single.status()).isEqualTo(200);
        assertThat(single.json().path("type").asText()).isEqualTo("VISIT");

        await().atMost(Duration.ofSeconds(20)).until(() -> ids(api.get("/api/customers/" + customer
                + "/complaints?status=RESOLVED", repToken).json()).contains(resolved));
        assertThat(ids(api.get("/api/customers/" + customer + "/complaints?status=OPEN", repToken).json()))
                .containsExactly(open);
        JsonNode done = api.get("/api/customers/" + customer + "/complaints/" + resolved, repToken).json();
        assertThat(done.path("status").asText()).isEqualTo("RESOLVED");
        assertThat(done.path("resolution").asText()).isEqualTo("补发并致歉");
        assertThat(done.path("resolutionSeconds").isNumber()).isTrue();

        String outsider = TestTokens.rep(api.team(1).rep(1), team.id() + "x");
        assertThat(api.get("/api/customers/" + customer + "/communications", outsider).status())
                .isEqualTo(404);
        assertThat(api.get("/api/customers/" + customer + "/complaints/" + open, outsider).status())
                .isEqualTo(404);
        assertThat(api.get("/api/customers/" + customer + "/communications/" + open, repToken).status())
                .as("a complaint is not a communication").isEqualTo(404);
    }

    @Test
    void theDailyWorkListShowsWhatIsDueTodayAndWhatIsOverdueToTheRepAndTheirManager() {
        String customer = api.lead(repToken, "回访清单客户");
        Instant soon = Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Instant nextWeek = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String dueSoon = schedule(customer, soon, "确认样品反馈");
        String dueNextWeek = schedule(customer, nextWeek, "季度回访");
        String lapsed = schedule(customer, nextWeek.plusSeconds(60), "寄送合同");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.get("/api/customers/" + customer + "/follow-ups", repToken).json().path("totalItems")
                        .asLong() == 3);
        // the read model as it stands once that follow-up's due time has passed (its deadline is another test's)
        jdbc.update("UPDATE customer_follow_up SET due_at = ? WHERE follow_up_id = ?",
                java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)), lapsed);

        JsonNode overdue = api.get("/api/follow-ups?due=OVERDUE", repToken).json();
        assertThat(ids(overdue)).containsExactly(lapsed);
        assertThat(overdue.path("items").get(0).path("overdue").asBoolean()).isTrue();
        assertThat(overdue.path("items").get(0).path("customerName").asText()).isEqualTo("回访清单客户");

        boolean soonIsToday = calendar.dateOf(soon).equals(calendar.dateOf(Instant.now()));
        List<String> today = ids(api.get("/api/follow-ups?due=TODAY", repToken).json());
        if (soonIsToday) {
            assertThat(today).containsExactly(dueSoon);
        } else {
            assertThat(today).as("a minute from now is tomorrow in the company's calendar").isEmpty();
        }
        assertThat(ids(api.get("/api/follow-ups", repToken).json())).as("every follow-up, by due time")
                .containsExactly(lapsed, dueSoon, dueNextWeek);
        assertThat(ids(api.get("/api/customers/" + customer + "/follow-ups?status=OPEN", repToken).json()))
                .hasSize(3);

        String manager = TestTokens.manager(team.manager(), team.id());
        assertThat(ids(api.get("/api/follow-ups?due=OVERDUE&repId=" + team.rep(1), manager).json()))
                .containsExactly(lapsed);
        String otherRep = TestTokens.rep(team.rep(2), team.id());
        assertThat(ids(api.get("/api/follow-ups?due=OVERDUE", otherRep).json())).isEmpty();
        var bad = api.get("/api/follow-ups?due=YESTERDAY", repToken);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("field").asText()).isEqualTo("due");
    }

    private String schedule(String customer, Instant dueAt, String purpose) {
        return created(api.post("/api/customers/" + customer + "/follow-ups",
                "{\"dueAt\":\"%s\",\"purpose\":\"%s\"}".formatted(dueAt, purpose), repToken));
    }

    private JsonNode awaitList(String path, int size) {
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.get(path, repToken).json().path("items").size() == size);
        return api.get(path, repToken).json();
    }

    private static String created(Response response) {
        assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
