package com.salesplatform.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.salesplatform.customers.customer.api.CustomerType;
import com.salesplatform.customers.customer.api.LeadChannel;
import com.salesplatform.customers.customer.api.RegisterLeadCommand;
import com.salesplatform.customers.customer.api.ScheduleFollowUpCommand;
import com.salesplatform.platformtest.TestKafka;
import com.salesplatform.platformtest.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A follow-up scheduled by one run of the service and left uncompleted becomes overdue in the next run: the service is
 * stopped before the due time (its deadline then exists only as a row of {@code scheduled_tasks}) and a new instance
 * on the same database emits {@code FollowUpOverdueEvent} once the time has passed.
 */
class FollowUpOverdueAfterRestartIT {

    private static final Duration DUE_IN = Duration.ofSeconds(12);

    @Test
    void aFollowUpScheduledBeforeARestartBecomesOverdueAfterIt() {
        TestPostgres postgres = TestPostgres.get();
        String url = postgres.createDatabase("sales_customers_restart");
        JdbcTemplate database = new JdbcTemplate(
                new DriverManagerDataSource(url, postgres.user(), postgres.password()));
        Map<String, Object> settings = Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", postgres.user(),
                "spring.datasource.password", postgres.password(),
                "spring.kafka.bootstrap-servers", TestKafka.bootstrapServers(),
                // its own consumer groups, so it takes no roster events from the other integration tests' service
                "spring.application.name", "customer-service-restart-test",
                "sales.platform.publisher.enabled", "false",
                "server.port", "0",
                "management.server.port", "");  // the actuator on the API port: no fixed port to collide on
        String customerId = UUID.randomUUID().toString();
        String followUpId = UUID.randomUUID().toString();
        String owner = UUID.randomUUID().toString();
        Instant due;

        try (ConfigurableApplicationContext firstRun = start(settings)) {
            database.update("INSERT INTO roster_replica_rep (rep_id, team_id, name, hired_on) VALUES (?, ?, '张伟',"
                    + " DATE '2024-03-01')", owner, UUID.randomUUID().toString());
            CommandGateway commands = firstRun.getBean(CommandGateway.class);
            commands.sendAndWait(new RegisterLeadCommand(customerId, "重启测试客户", CustomerType.B2B, null, null,
                    LeadChannel.PHONE, null, null, owner, false));
            due = Instant.now().plus(DUE_IN);
            commands.sendAndWait(new ScheduleFollowUpCommand(customerId, followUpId, due, "电话回访"));
        }

        assertThat(Instant.now()).as("the first run stopped before the follow-up was due").isBefore(due);
        assertThat(overdueEvents(database, customerId)).isZero();
        assertThat(database.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE execution_time = ?",
                Integer.class, java.sql.Timestamp.from(due))).as("the deadline survives as a row").isEqualTo(1);

        try (ConfigurableApplicationContext secondRun = start(settings)) {
            await("FollowUpOverdueEvent from the second run").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> overdueEvents(database, customerId) == 1);
            assertThat(database.queryForObject("""
                            SELECT time_stamp FROM domain_event_entry
                            WHERE aggregate_identifier = ? AND payload_type LIKE '%FollowUpOverdueEvent'""",
                    String.class, customerId)).satisfies(at -> assertThat(Instant.parse(at)).isAfterOrEqualTo(due));
            await("the deadline row is consumed").atMost(Duration.ofSeconds(10)).until(() -> database.queryForObject(
                    "SELECT count(*) FROM scheduled_tasks WHERE execution_time = ?", Integer.class,
                    java.sql.Timestamp.from(due)) == 0);
        }
    }

    /** Settings as command-line arguments: they outrank every other property source, the platform defaults too. */
    private static ConfigurableApplicationContext start(Map<String, Object> settings) {
        String[] arguments = settings.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CustomerServiceApplication.class)
                .run(arguments);
        assertThat(context.getEnvironment().getProperty("spring.datasource.url"))
                .isEqualTo(settings.get("spring.datasource.url"));
        return context;
    }

    private static long overdueEvents(JdbcTemplate database, String customerId) {
        Long count = database.queryForObject("""
                SELECT count(*) FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%FollowUpOverdueEvent'""",
                Long.class, customerId);
        return count == null ? 0 : count;
    }
}
