package com.salesplatform.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.MovableClock;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The running service itself notices a follow-up left past its due time: its persisted deadline fires. Time passes
 * without waiting: the service's clock is moved on, and the deadlines' rows in db-scheduler's table are brought
 * forward, as they come due after a restart (the rows are all that holds a deadline). The moved clock makes this a
 * context of its own, with a database of its own: its own application name gives it consumer groups of its own too.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "spring.application.name=customer-follow-up-overdue-it")
class FollowUpOverdueIT {

    @TestConfiguration
    static class MovedTime {
        @Bean
        MovableClock clock(PlatformProperties properties) {
            return MovableClock.startingNow(properties.timeZone());
        }
    }

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private MovableClock clock;

    private CustomerApi api;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe probe;

    @BeforeEach
    void setUp() {
        api = new CustomerApi(port, jdbc);
        probe = topics.on(CustomerApi.TOPIC);
    }

    @Test
    void anUncompletedFollowUpIsPublishedOverdueWhenItsDueTimePassesAndACompletedOneIsNot() {
        CustomerApi.Team team = api.team(1);
        String token = TestTokens.rep(team.rep(1), team.id());
        String customer = api.lead(token, "回访客户");
        Instant firstDue = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);
        String completedInTime = scheduleFollowUp(customer, firstDue, token);
        String forgotten = scheduleFollowUp(customer, firstDue.plusSeconds(1), token);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE execution_time IN (?, ?)",
                Integer.class, java.sql.Timestamp.from(firstDue), java.sql.Timestamp.from(firstDue.plusSeconds(1))))
                .as("both deadlines persisted").isEqualTo(2);
        assertThat(api.post("/api/customers/" + customer + "/follow-ups/" + completedInTime + "/completion",
                "{\"outcome\":\"已回访\"}", token).status()).isEqualTo(204);

        clock.advance(Duration.ofDays(1).plusSeconds(2));
        Instant cameDue = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        assertThat(jdbc.update("UPDATE scheduled_tasks SET execution_time = ? WHERE execution_time IN (?, ?)",
                java.sql.Timestamp.from(cameDue), java.sql.Timestamp.from(firstDue),
                java.sql.Timestamp.from(firstDue.plusSeconds(1)))).as("both deadlines come due").isEqualTo(2);

        JsonNode overdue = probe.awaitEnvelope(customer, "FollowUpOverdue");
        Contracts.assertConforms("customers", overdue);
        assertThat(overdue.path("data").path("followUpId").asText()).isEqualTo(forgotten);
        assertThat(overdue.path("data").path("ownerRepId").asText()).isEqualTo(team.rep(1));
        assertThat(Instant.parse(overdue.path("data").path("dueAt").asText())).isEqualTo(firstDue.plusSeconds(1));
        assertThat(Instant.parse(overdue.path("occurredAt").asText())).isAfterOrEqualTo(cameDue);
        await("the deadline rows are consumed").atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM scheduled_tasks WHERE execution_time = ?", Integer.class,
                java.sql.Timestamp.from(cameDue)) == 0);
        assertThat(probe.seenFor(customer)).filteredOn(e -> e.path("type").asText().equals("FollowUpOverdue"))
                .hasSize(1);

        JsonNode profile = api.get("/api/customers/" + customer, token).json();
        assertThat(profile.path("openFollowUps")).hasSize(1);
        assertThat(profile.path("openFollowUps").get(0).path("id").asText()).isEqualTo(forgotten);
        assertThat(profile.path("openFollowUps").get(0).path("overdue").asBoolean()).isTrue();
        assertThat(profile.path("nextFollowUpAt").asText()).isEqualTo(firstDue.plusSeconds(1).toString());

        assertThat(api.post("/api/customers/" + customer + "/follow-ups/" + forgotten + "/completion",
                "{\"outcome\":\"补访\"}", token).status()).isEqualTo(204);
        JsonNode late = probe.awaitEnvelopes(customer, "FollowUpCompleted", 2).get(1);
        assertThat(late.path("data").path("onTime").asBoolean()).isFalse();
    }

    private String scheduleFollowUp(String customer, Instant dueAt, String token) {
        var created = api.post("/api/customers/" + customer + "/follow-ups", """
                {"dueAt":"%s","purpose":"电话回访"}""".formatted(dueAt), token);
        assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(201);
        return created.json().path("id").asText();
    }
}
