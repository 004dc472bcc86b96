package com.salesplatform.training;

import static com.salesplatform.training.TrainingApi.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.TestKafka;
import com.salesplatform.platformtest.TestPostgres;
import com.salesplatform.platformtest.TestSecurityConfiguration;
import com.salesplatform.platformtest.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An action item's deadline survives a restart: the service that scheduled it is shut down, the due time passes
 * while no instance runs, and a newly started service — sharing nothing with the first but the database — reports
 * the item overdue. (The deadline lives only as a row of db-scheduler's {@code scheduled_tasks}.)
 */
class DeadlineRestartIT {

    @Test
    void aDeadlineScheduledBeforeAShutdownFiresAfterTheRestart() {
        TestPostgres postgres = TestPostgres.get();
        String database = postgres.createDatabase("sales_training_restart_test");
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database, postgres.user(), postgres.password()));
        String manager = TestTokens.manager(newId(), newId());
        String owner = newId();
        String meeting;
        String item;

        try (ConfigurableApplicationContext first = start(database, postgres)) {
            ApiClient api = ApiClient.onPort(port(first)).as(manager);
            meeting = api.post("/api/meetings", """
                    {"kind":"TEAM","scheduledAt":"%s","agenda":"周会"}""".formatted(now())).json().path("id").asText();
            JsonNode recorded = api.post("/api/meetings/" + meeting + "/minutes", """
                    {"minutes":"纪要","actionItems":[{"description":"提交拜访计划","ownerId":"%s","dueAt":"%s"}]}"""
                    .formatted(owner, now().plus(Duration.ofHours(1)))).json();
            item = recorded.path("actionItems").get(0).path("id").asText();
            assertThat(recorded.path("actionItems").get(0).path("status").asText()).isEqualTo("OPEN");
        }

        // While no instance runs, the due time passes.
        assertThat(jdbc.update("""
                UPDATE scheduled_tasks SET execution_time = now() - interval '1 minute'
                WHERE position(convert_to(?, 'UTF8') IN task_data) > 0""", item)).isEqualTo(1);

        try (ConfigurableApplicationContext second = start(database, postgres)) {
            ApiClient api = ApiClient.onPort(port(second)).as(manager);
            String path = "/api/meetings/" + meeting;
            await("the action item reported overdue after the restart").atMost(Duration.ofSeconds(30))
                    .until(() -> api.get(path).json().path("actionItems").get(0).path("status").asText()
                            .equals("OVERDUE"));
            Long overdueEvents = jdbc.queryForObject("""
                    SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                    AND payload_type LIKE '%ActionItemOverdueEvent'""", Long.class, meeting);
            assertThat(overdueEvents).isEqualTo(1);
        }
    }

    /** As command-line arguments: they outrank every other property source, the platform's defaults included. */
    private static ConfigurableApplicationContext start(String database, TestPostgres postgres) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TrainingServiceApplication.class,
                TestSecurityConfiguration.class).run(
                "--server.port=0", "--management.server.port=",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + postgres.user(),
                "--spring.datasource.password=" + postgres.password(),
                "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers());
        assertThat(context.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(database);
        return context;
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
