package com.salesplatform.platform.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

class KafkaEventPublisherTest {

    record OrderPlaced(String orderId, BigDecimal total, String contactEmail) {
    }

    record OrderPlacedV1(String orderId, BigDecimal total) {
    }

    private final PublishedEventCatalog catalog = PublishedEventCatalog.builder()
            .publish(OrderPlaced.class, "OrderPlaced", 1, e -> new OrderPlacedV1(e.orderId(), e.total()))
            .build();
    private final KafkaEventPublisher publisher = new KafkaEventPublisher(catalog, null,
            new ObjectMapper().registerModule(new JavaTimeModule()), "orders", "orders-service",
            Duration.ofSeconds(5));

    @Test
    void wrapsAStoredEventInTheContractEnvelopeWithoutWhatTheMappingLeavesOut() {
        var message = new GenericDomainEventMessage<>("SalesOrder", "o-1", 4,
                new OrderPlaced("o-1", new BigDecimal("99.50"), "li.na@example.com"),
                MetaData.from(Map.of("requestId", "req-7", "correlationId", "cmd-3", "traceId", "cmd-1")));

        EventEnvelope envelope = publisher.envelope(message, catalog.publicationOf(message.getPayload()).orElseThrow());

        assertThat(envelope.eventId()).isEqualTo(message.getIdentifier());
        assertThat(envelope.type()).isEqualTo("OrderPlaced");
        assertThat(envelope.version()).isEqualTo(1);
        assertThat(envelope.aggregateType()).isEqualTo("SalesOrder");
        assertThat(envelope.aggregateId()).isEqualTo("o-1");
        assertThat(envelope.sequence()).isEqualTo(4);
        assertThat(envelope.source()).isEqualTo("orders-service");
        assertThat(envelope.occurredAt()).isEqualTo(message.getTimestamp());
        assertThat(envelope.correlationId()).isEqualTo("req-7");
        assertThat(envelope.causationId()).isEqualTo("cmd-3");
        assertThat(envelope.data().path("total").decimalValue()).isEqualByComparingTo("99.50");
        assertThat(envelope.data().has("contactEmail")).isFalse();
    }

    @Test
    void eventsOutsideTheCatalogStayInside() {
        assertThat(catalog.publicationOf("an internal event")).isEmpty();
    }
}
