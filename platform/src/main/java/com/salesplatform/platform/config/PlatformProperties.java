package com.salesplatform.platform.config;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code sales.platform}; each can be set alone (the others keep their defaults).
 *
 * @param context   the bounded context this service owns, e.g. {@code targets}: its topic is
 *                  {@code sales.<context>.events}
 * @param publisher how stored events are forwarded to Kafka
 * @param consumer  how other services' events are consumed
 * @param readModels how read models projected from other services' events are kept
 * @param timeZone  the company's time zone: where its days, months and quarters begin (see BusinessCalendar)
 * @param idempotency how long the answers to POSTs with an {@code Idempotency-Key} are kept
 */
@ConfigurationProperties("sales.platform")
public record PlatformProperties(String context, @DefaultValue Publisher publisher, @DefaultValue Consumer consumer,
                                 @DefaultValue ReadModels readModels,
                                 @DefaultValue("Asia/Shanghai") ZoneId timeZone,
                                 @DefaultValue Idempotency idempotency) {

    public String topic() {
        return topicOf(context);
    }

    public static String topicOf(String context) {
        return "sales." + context + ".events";
    }

    /**
     * @param enabled    whether this service forwards its stored events to Kafka
     * @param partitions partitions of the service's topic when the platform creates it
     * @param replicas   replication factor of the service's topic when the platform creates it
     * @param ackTimeout how long a send may wait for the broker's acknowledgement before the batch is retried
     */
    public record Publisher(@DefaultValue("true") boolean enabled, @DefaultValue("3") int partitions,
                            @DefaultValue("1") short replicas, @DefaultValue("30s") Duration ackTimeout) {
    }

    /**
     * @param maxAttempts attempts (first delivery included) before a record goes to the dead-letter topic
     * @param backOff     pause between attempts
     */
    public record Consumer(@DefaultValue("3") int maxAttempts, @DefaultValue("500ms") Duration backOff) {
    }

    /**
     * @param generations    whether the read models live in generations, each a PostgreSQL schema of its own
     *                       built from the topics' beginning, so a rebuild fills a new generation while the active
     *                       one keeps serving
     * @param migrations     Flyway location of the read models' tables, applied to every generation's schema
     * @param refreshInterval how often each replica looks for a new active generation or a finished rebuild
     * @param retiredKeptFor how long a replaced generation's schema is kept before it is dropped (replicas still
     *                       reading it notice the switch within {@code refreshInterval})
     */
    public record ReadModels(@DefaultValue("false") boolean generations,
                             @DefaultValue("classpath:db/read-model") String migrations,
                             @DefaultValue("1s") Duration refreshInterval,
                             @DefaultValue("5m") Duration retiredKeptFor) {
    }

    /**
     * @param retention     how long a key's first answer is replayed; after it the key may be used afresh
     * @param purgeInterval how often the expired answers are deleted
     */
    public record Idempotency(@DefaultValue("24h") Duration retention, @DefaultValue("1h") Duration purgeInterval) {
    }
}
