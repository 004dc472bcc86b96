package com.salesplatform.platform.inbox;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exactly-once effects over at-least-once delivery: the event id goes into {@code inbox_message} in the same
 * transaction as the consumer's effect; a second delivery of the same event finds it there and changes nothing.
 */
public class Inbox {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public Inbox(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Receives every item in one transaction: all their effects are kept, or none. {@link #receiveOnce} called
     * from {@code receive} joins it.
     */
    public <T> void inOneTransaction(List<T> items, Consumer<T> receive) {
        transaction.executeWithoutResult(status -> items.forEach(receive));
    }

    /** Runs {@code effect} unless this consumer already took this event; answers whether it ran. */
    public boolean receiveOnce(String consumer, DeliveredEvent delivery, Runnable effect) {
        Boolean applied = transaction.execute(status -> {
            int inserted = jdbc.update("""
                            INSERT INTO inbox_message (consumer, event_id, event_type, topic, partition_no, record_offset)
                            VALUES (?, ?, ?, ?, ?, ?)
                            ON CONFLICT (consumer, event_id) DO NOTHING""",
                    consumer, delivery.eventId(), delivery.eventType(), delivery.topic(), delivery.partition(),
                    delivery.offset());
            if (inserted == 0) {
                return false;
            }
            effect.run();
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }

    /** Where an event came from, as recorded in the inbox. */
    public record DeliveredEvent(String eventId, String eventType, String topic, int partition, long offset) {
    }
}
