package com.salesplatform.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** The running service itself notices a follow-up left past its due time: its persisted deadline fires. */
@ServiceIntegrationTest
class FollowUpOverdueIT {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;

    private CustomerApi api;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe probe;

    @BeforeEach
    void setUp() {
        api = new CustomerApi(http, jdbc);
        probe = topics.on(CustomerApi.TOPIC);
    }

    @Test
    void anUncompletedFollowUpIsPublishedOverdueWhenItsDueTimePassesAndACompletedOneIsNot() {
        CustomerApi.Team team = api.team(1);
        String token = TestTokens.rep(team.rep(1), team.id());
        String customer = api.lead(token, "回访客户");
        Instant firstDue = Instant.now().plusSeconds(3);
        String completedInTime = scheduleFollowUp(customer, firstDue, token);
        String forgotten = scheduleFollowUp(customer, firstDue.plusSeconds(1), token);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE execution_time IN (?, ?)",
                Integer.class, java.sql.Timestamp.from(firstDue), java.sql.Timestamp.from(firstDue.plusSeconds(1))))
                .as("both deadlines persisted").isEqualTo(2);
        assertThat(api.post("/api/customers/" + customer + "/follow-ups/" + completedInTime + "/completion",
                "{\"outcome\":\"已回访\"}", token).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode overdue = probe.awaitEnvelope(customer, "FollowUpOverdue");
        Contracts.assertConforms("customers", overdue);
        assertThat(overdue.path("data").path("followUpId").asText()).isEqualTo(forgotten);
        assertThat(overdue.path("data").path("ownerRepId").asText()).isEqualTo(team.rep(1));
        assertThat(Instant.parse(overdue.path("data").path("dueAt").asText())).isEqualTo(firstDue.plusSeconds(1));
        assertThat(Instant.parse(overdue.path("occurredAt").asText())).isAfterOrEqualTo(firstDue.plusSeconds(1));
        await("the deadline rows are consumed").atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM scheduled_tasks WHERE execution_time IN (?, ?)", Integer.class,
                java.sql.Timestamp.from(firstDue), java.sql.Timestamp.from(firstDue.plusSeconds(1))) == 0);
        assertThat(probe.seenFor(customer)).filteredOn(e -> e.path("type").asText().equals("FollowUpOverdue"))
                .hasSize(1);

        JsonNode profile = api.get("/api/customers/" + customer, token).getBody();
        assertThat(profile.path("openFollowUps")).hasSize(1);
        assertThat(profile.path("openFollowUps").get(0).path("id").asText()).isEqualTo(forgotten);
        assertThat(profile.path("openFollowUps").get(0).path("overdue").asBoolean()).isTrue();
        assertThat(profile.path("nextFollowUpAt").asText()).isEqualTo(firstDue.plusSeconds(1).toString());

        assertThat(api.post("/api/customers/" + customer + "/follow-ups/" + forgotten + "/completion",
                "{\"outcome\":\"补访\"}", token).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode late = probe.awaitEnvelopes(customer, "FollowUpCompleted", 2).get(1);
        assertThat(late.path("data").path("onTime").asBoolean()).isFalse();
    }

    private String scheduleFollowUp(String customer, Instant dueAt, String token) {
        var created = api.post("/api/customers/" + customer + "/follow-ups", """
                {"dueAt":"%s","purpose":"电话回访"}""".formatted(dueAt), token);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().path("id").asText();
    }
}
