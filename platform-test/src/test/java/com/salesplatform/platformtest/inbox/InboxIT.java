package com.salesplatform.platformtest.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesplatform.platform.inbox.Inbox;
import com.salesplatform.platform.inbox.Inbox.DeliveredEvent;
import com.salesplatform.platformtest.TestPostgres;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform's inbox on a real PostgreSQL with its own migration: an event's effect and its inbox row are kept
 * together or not at all, so a redelivery after a failure applies it, and any later one changes nothing.
 */
class InboxIT {

    private static JdbcTemplate jdbc;
    private static Inbox inbox;

    private String consumer;

    @BeforeAll
    static void database() {
        TestPostgres postgres = TestPostgres.get();
        DataSource dataSource = new DriverManagerDataSource(postgres.createDatabase("inbox_it"), postgres.user(),
                postgres.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE effect (consumer VARCHAR(100) NOT NULL, event_id VARCHAR(100) NOT NULL)");
        inbox = new Inbox(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    @BeforeEach
    void newConsumer() {
        consumer = "consumer-" + UUID.randomUUID();
    }

    @Test
    void anEventDeliveredTwiceTakesEffectOnce() {
        DeliveredEvent event = delivery(0);

        assertThat(inbox.receiveOnce(consumer, event, () -> effect(event))).isTrue();
        assertThat(inbox.receiveOnce(consumer, event, () -> effect(event))).isFalse();

        assertThat(effectsOf(event)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT record_offset FROM inbox_message WHERE consumer = ? AND event_id = ?",
                Long.class, consumer, event.eventId())).isZero();
    }

    @Test
    void eachConsumerTakesTheSameEventOnceForItself() {
        DeliveredEvent event = delivery(0);
        String other = consumer + "-other";

        inbox.receiveOnce(consumer, event, () -> effect(event));
        boolean otherRan = inbox.receiveOnce(other, event, () -> effect(other, event));

        assertThat(otherRan).isTrue();
        assertThat(effectsOf(event)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM effect WHERE consumer = ? AND event_id = ?",
                Integer.class, other, event.eventId())).isEqualTo(1);
    }

    @Test
    void aFailedEffectLeavesNoTraceSoTheRedeliveryAppliesIt() {
        DeliveredEvent event = delivery(0);

        assertThatThrownBy(() -> inbox.receiveOnce(consumer, event, () -> {
            effect(event);
            throw new IllegalStateException("the read model refused it");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(effectsOf(event)).isZero();
        assertThat(inboxRows()).isZero();

        assertThat(inbox.receiveOnce(consumer, event, () -> effect(event))).isTrue();
        assertThat(effectsOf(event)).isEqualTo(1);
    }

    @Test
    void aBatchIsKeptWholeOrNotAtAllAndItsRetryAppliesEachEventOnce() {
        List<DeliveredEvent> batch = List.of(delivery(0), delivery(1), delivery(2));
        DeliveredEvent poisoned = batch.get(2);

        assertThatThrownBy(() -> inbox.inOneTransaction(batch, event -> inbox.receiveOnce(consumer, event, () -> {
            if (event == poisoned) {
                throw new IllegalArgumentException("malformed");
            }
            effect(event);
        }))).isInstanceOf(IllegalArgumentException.class);
        assertThat(inboxRows()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM effect WHERE consumer = ?", Integer.class, consumer))
                .isZero();

        List<DeliveredEvent> redelivered = List.of(batch.get(0), batch.get(1), batch.get(0), batch.get(2));
        inbox.inOneTransaction(redelivered, event -> inbox.receiveOnce(consumer, event, () -> effect(event)));

        assertThat(inboxRows()).isEqualTo(3);
        batch.forEach(event -> assertThat(effectsOf(event)).as(event.eventId()).isEqualTo(1));
    }

    private DeliveredEvent delivery(long offset) {
        return new DeliveredEvent(UUID.randomUUID().toString(), "TargetSet", "sales.targets.events", 0, offset);
    }

    private void effect(DeliveredEvent event) {
        effect(consumer, event);
    }

    private static void effect(String consumer, DeliveredEvent event) {
        jdbc.update("INSERT INTO effect (consumer, event_id) VALUES (?, ?)", consumer, event.eventId());
    }

    private int effectsOf(DeliveredEvent event) {
        return jdbc.queryForObject("SELECT count(*) FROM effect WHERE consumer = ? AND event_id = ?", Integer.class,
                consumer, event.eventId());
    }

    private int inboxRows() {
        return jdbc.queryForObject("SELECT count(*) FROM inbox_message WHERE consumer = ?", Integer.class, consumer);
    }
}
