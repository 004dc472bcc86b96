package com.salesplatform.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.orders.support.Http;
import com.salesplatform.orders.support.Orders;
import com.salesplatform.orders.support.SalesWorld;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The payment-due deadline through Axon's DbSchedulerDeadlineManager: it lives only as a row of
 * {@code scheduled_tasks} (nothing in memory), which is what lets it fire after a restart.
 */
@ServiceIntegrationTest
class PaymentOverdueIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private BusinessCalendar calendar;

    private SalesWorld world;
    private Orders orders;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe probe;
    private String team;
    private String repToken;
    private String customer;
    private String product;

    @BeforeEach
    void setUp() {
        Http http = Http.onPort(port);
        world = new SalesWorld(http, jdbc);
        orders = new Orders(http);
        probe = topics.on("sales.orders.events");
        team = UUID.randomUUID().toString();
        String rep = world.repIn(team);
        repToken = TestTokens.rep(rep, team);
        customer = world.customerOf(rep, "100000.00");
        product = world.product("服务器", "50.00");
    }

    @Test
    void anUnpaidOrderPastItsDueDateIsOverdueAndHoldsTheCustomersNextOrder() {
        String orderId = orders.placed(Orders.body(customer, product, 2, 0), repToken);
        orders.deliver(orderId, repToken);

        JsonNode overdue = probe.awaitEnvelope(orderId, "PaymentOverdue");
        Contracts.assertConforms("orders", overdue);
        assertThat(overdue.path("data").path("outstanding").decimalValue()).isEqualByComparingTo("100.00");
        JsonNode order = orders.get(orderId, repToken);
        assertThat(order.path("overdue").asBoolean()).isTrue();
        assertThat(order.path("timeline").get(4).path("event").asText()).isEqualTo("PAYMENT_OVERDUE");
        assertThat(orders.step(orderId, "payments", "{\"amount\":30}", TestTokens.admin()))
                .isEqualTo(201);
        assertThat(orders.get(orderId, repToken).path("overdue").asBoolean()).isTrue();

        String next = orders.placed(Orders.body(customer, product, 1, 30), repToken);
        JsonNode held = orders.get(next, repToken);
        assertThat(held.path("status").asText()).isEqualTo("CREDIT_HOLD");
        assertThat(held.path("timeline").get(1).path("reason").asText()).isEqualTo("OVERDUE_PAYMENT");

        assertThat(orders.step(orderId, "payments", "{\"amount\":70}", TestTokens.admin()))
                .isEqualTo(201);
        assertThat(orders.get(orderId, repToken).path("overdue").asBoolean()).isFalse();
        String afterPaying = orders.placed(Orders.body(customer, product, 1, 30), repToken);
        assertThat(orders.get(afterPaying, repToken).path("status").asText()).isEqualTo("PLACED");
    }

    @Test
    void theDeadlineIsAPersistedRowThatFiresWhenItsTimeComes() {
        String orderId = orders.placed(Orders.body(customer, product, 1, 14), repToken);
        Instant delivered = Instant.now();
        orders.deliver(orderId, repToken);

        Instant due = Instant.parse(orders.get(orderId, repToken).path("paymentDueAt").asText());
        assertThat(due).as("net 14 days: by the end of the 14th day after delivery, in the company's calendar")
                .isIn(calendar.endOf(calendar.dateOf(delivered).plusDays(14)),
                        calendar.endOf(calendar.dateOf(Instant.now()).plusDays(14)));
        String task = jdbc.queryForObject("""
                SELECT task_instance FROM scheduled_tasks
                WHERE execution_time BETWEEN ? AND ? AND encode(task_data, 'escape') LIKE ?""", String.class,
                java.sql.Timestamp.from(due.minusSeconds(5)), java.sql.Timestamp.from(due.plusSeconds(5)),
                "%" + orderId + "%");
        assertThat(task).isNotBlank();
        assertThat(probe.seenFor(orderId)).noneMatch(e -> e.path("type").asText().equals("PaymentOverdue"));

        // What a restarted service does with the table: pick up every row whose time has come. Bringing the
        // row's time forward stands in for the 14 days passing; nothing else holds the deadline.
        jdbc.update("UPDATE scheduled_tasks SET execution_time = ? WHERE task_instance = ?",
                java.sql.Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)), task);
        Contracts.assertConforms("orders", probe.awaitEnvelope(orderId, "PaymentOverdue"));
        await().atMost(Duration.ofSeconds(30)).until(() -> orders.get(orderId, repToken).path("overdue").asBoolean());
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?", Long.class, task) == 0);
    }
}
