package com.salesplatform.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesplatform.orders.support.Http;
import com.salesplatform.orders.support.Orders;
import com.salesplatform.orders.support.SalesWorld;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.TestKafka;
import com.salesplatform.platformtest.TestPostgres;
import com.salesplatform.platformtest.TestSecurityConfiguration;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A payment-due deadline scheduled by one run of the service fires in the next run: the first run is shut down
 * with the deadline pending, its time comes while no service runs, and a freshly started service on the same
 * database emits PaymentOverdue. (Both runs are started here, on a database of their own, with the test broker.)
 * Before {@code db-scheduler.delay-startup-until-context-ready}, this failed: see application.yml.
 */
class DeadlineAfterRestartIT {

    @Test
    void aDeadlineScheduledBeforeAShutdownFiresAfterTheRestart() {
        TestPostgres postgres = TestPostgres.get();
        String url = postgres.createDatabase("sales_orders_restart");
        // a name of its own: its Kafka consumer groups must not share partitions with other test contexts
        String[] arguments = {"--server.port=0", "--management.server.port=", "--spring.application.name=orders-service-restart-test",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + postgres.user(),
                "--spring.datasource.password=" + (postgres.password() == null ? "" : postgres.password()),
                "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers()};
        JdbcTemplate database = new JdbcTemplate(new DriverManagerDataSource(url, postgres.user(),
                postgres.password() == null ? "" : postgres.password()));

        String orderId;
        try (ConfigurableApplicationContext firstRun = start(arguments)) {
            Http http = Http.onPort(Integer.parseInt(firstRun.getEnvironment().getProperty("local.server.port")));
            SalesWorld world = new SalesWorld(http, database);
            Orders orders = new Orders(http);
            String team = UUID.randomUUID().toString();
            String rep = world.repIn(team);
            String repToken = TestTokens.rep(rep, team);
            String customer = world.customerOf(rep, null);
            orderId = orders.placed(Orders.body(customer, world.product("打印机", "99.00"), 1, 7), repToken);
            orders.deliver(orderId, repToken);
        }

        int pending = database.update("""
                UPDATE scheduled_tasks SET execution_time = ?
                WHERE encode(task_data, 'escape') LIKE ? AND execution_time > now()""",
                Timestamp.from(Instant.now()), "%" + orderId + "%");
        assertThat(pending).as("the deadline waiting in the table while no service runs").isEqualTo(1);

        // the row above is the proof that nothing fired before the restart; the first run may even have stopped
        // before publishing its last events, which the second run then publishes
        try (TopicProbe probe = TopicProbe.on("sales.orders.events");
             ConfigurableApplicationContext secondRun = start(arguments)) {
            Contracts.assertConforms("orders", probe.awaitEnvelope(orderId, "PaymentOverdue"));
            assertThat(probe.seenFor(orderId)).filteredOn(e -> e.path("type").asText().equals("PaymentOverdue"))
                    .as("fired once").hasSize(1);
            assertThat(secondRun.isActive()).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(String[] arguments) {
        return new SpringApplicationBuilder(OrdersServiceApplication.class, TestSecurityConfiguration.class)
                .run(arguments);
    }
}
