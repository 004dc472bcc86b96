package com.salesplatform.platformtest;

import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real Kafka broker for tests: {@code SALES_TEST_KAFKA_BOOTSTRAP} when given, else one in-process KRaft broker per
 * test JVM (so each JVM's topics are fresh), started on first use and stopped when the JVM ends.
 */
public final class TestKafka {

    private static String bootstrapServers;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            String explicit = System.getenv("SALES_TEST_KAFKA_BOOTSTRAP");
            bootstrapServers = explicit != null && !explicit.isBlank() ? explicit : startEmbedded();
        }
        return bootstrapServers;
    }

    private static String startEmbedded() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(Map.of(
                "group.initial.rebalance.delay.ms", "0",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "offsets.topic.replication.factor", "1"));
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        return broker.getBrokersAsString();
    }
}
