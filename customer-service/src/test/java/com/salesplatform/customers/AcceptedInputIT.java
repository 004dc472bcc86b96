package com.salesplatform.customers;

import static com.salesplatform.platformtest.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ADR 0013 on the customer API: NUL in text and dates beyond the accepted years are a 400 naming the field, and
 * nothing is stored; the CSV of the customer list has the JSON's columns and defuses formulas.
 */
@ServiceIntegrationTest
class AcceptedInputIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private CustomerApi api;
    private CustomerApi.Team team;
    private String repToken;

    @BeforeEach
    void setUp() {
        api = new CustomerApi(port, jdbc);
        team = api.team(1);
        repToken = TestTokens.rep(team.rep(1), team.id());
    }

    @Test
    void nulInALeadsNameIsRefusedNamingTheFieldAndNothingIsStored() {
        long events = storedEvents();
        var answer = client().post("/api/customers/leads",
                "{\"name\":\"华联\\u0000贸易\",\"type\":\"B2B\",\"channel\":\"PHONE\"}");
        assertRejected(answer, "name");
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void nulInProfileTagsAndInACommunicationsSummaryIsRefusedAndNothingIsStored() {
        String lead = api.lead(repToken, "天津滨海商贸");
        long events = api.storedEventsOf(lead);

        assertRejected(client().put("/api/customers/" + lead + "/profile",
                "{\"industry\":\"零售\",\"region\":\"华北\",\"tags\":[\"ok\",\"坏\\u0000标签\"]}"), "tags[1]");
        assertRejected(client().post("/api/customers/" + lead + "/communications",
                "{\"type\":\"VISIT\",\"occurredAt\":\"2024-03-01T02:00:00Z\",\"summary\":\"见面\\u0000了\"}"),
                "summary");
        assertThat(api.storedEventsOf(lead)).isEqualTo(events);
    }

    @Test
    void instantsBeyondTheAcceptedYearsAreRefusedNamingTheField() {
        String lead = api.lead(repToken, "北京长城贸易");
        long events = api.storedEventsOf(lead);

        assertRejected(client().post("/api/customers/" + lead + "/follow-ups",
                "{\"dueAt\":\"+1000000000-01-01T00:00:00Z\",\"purpose\":\"回访\"}"), "dueAt");
        assertRejected(client().post("/api/customers/" + lead + "/communications",
                "{\"type\":\"VISIT\",\"occurredAt\":\"-999999999-01-01T00:00:00Z\",\"summary\":\"见面\"}"),
                "occurredAt");
        assertThat(api.storedEventsOf(lead)).isEqualTo(events);
    }

    @Test
    void nulInQueryParametersIsRefusedNamingTheParameter() {
        assertRejected(client().get("/api/customers?q=%E5%8D%8E%00"), "q");
        assertRejected(client().get("/api/customers?ownerRepId=a%00b"), "ownerRepId");
        String lead = api.lead(repToken, "上海华联");
        assertRejected(client().get("/api/customers/" + lead + "?asOf=%2B1000000000-01-01T00:00:00Z"), "asOf");
        assertRejected(client().get("/api/customers/" + lead + "?asOf=-999999999-01-01"), "asOf");
    }

    @Test
    void theCustomerListsCsvHasTheJsonsColumnsAndDefusesFormulas() {
        api.lead(repToken, "=HYPERLINK(\\\"http://evil.example\\\")");
        await("the lead in the list").atMost(Duration.ofSeconds(30))
                .until(() -> client().get("/api/customers?size=200").json().path("totalItems").asInt() > 0);

        var json = client().get("/api/customers?size=200");
        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        Set<String> fields = new TreeSet<>();
        json.json().path("items").forEach(item -> item.fieldNames().forEachRemaining(fields::add));
        var csv = client().get("/api/customers?size=200", "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        String[] lines = csv.body().substring(1).split("\r\n");

        // absent values are left out of the JSON (null), so each row's fields are among the columns
        assertThat(List.of(lines[0].split(","))).containsAll(fields).doesNotContain("ownerTeamId")
                .doesNotHaveDuplicates();
        assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
    }

    private ApiClient client() {
        return ApiClient.onPort(port).as(repToken);
    }

    private long storedEvents() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

}
