package com.salesplatform.platform.publishing;

import com.salesplatform.platform.axon.CallerCorrelationDataProvider;
import com.salesplatform.platform.config.PlatformProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Forwards every stored event that the service publishes to its Kafka topic. It runs in its own streaming processor
 * over the service's event store (the store is the outbox): a send that Kafka does not acknowledge fails the batch,
 * so the processor's token does not advance and the event is sent again — at-least-once, never lost. Each record
 * also carries the CloudEvents attributes as {@code ce_*} headers (binary content mode, {@link CloudEventHeaders}).
 */
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";

    private final PublishedEventCatalog catalog;
    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper objectMapper;
    private final String context;
    private final String topic;
    private final String source;
    private final Duration ackTimeout;

    public KafkaEventPublisher(PublishedEventCatalog catalog, KafkaTemplate<String, String> kafka,
                               ObjectMapper objectMapper, String context, String source, Duration ackTimeout) {
        this.catalog = catalog;
        this.kafka = kafka;
        this.objectMapper = objectMapper;
        this.context = context;
        this.topic = PlatformProperties.topicOf(context);
        this.source = source;
        this.ackTimeout = ackTimeout;
    }

    @EventHandler
    public void on(Object payload, EventMessage<?> message) throws Exception {
        var publication = catalog.publicationOf(payload);
        if (publication.isEmpty()) {
            return;
        }
        EventEnvelope envelope = envelope(message, publication.get());
        var record = new ProducerRecord<>(topic, envelope.aggregateId(), objectMapper.writeValueAsString(envelope));
        record.headers()
                .add(EventEnvelope.TYPE_HEADER, envelope.type().getBytes(StandardCharsets.UTF_8))
                .add(EventEnvelope.VERSION_HEADER, String.valueOf(envelope.version()).getBytes(StandardCharsets.UTF_8))
                .add(EventEnvelope.EVENT_ID_HEADER, envelope.eventId().getBytes(StandardCharsets.UTF_8));
        CloudEventHeaders.addTo(record.headers(), envelope, context);
        awaitAcknowledgement(record);
    }

    private void awaitAcknowledgement(ProducerRecord<String, String> record) throws Exception {
        try {
            kafka.send(record).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new EventPublicationException("Kafka did not acknowledge event " + record.key(), e.getCause());
        } catch (TimeoutException e) {
            throw new EventPublicationException("No acknowledgement from Kafka within " + ackTimeout, e);
        }
    }

    EventEnvelope envelope(EventMessage<?> message, PublishedEventCatalog.PublishedEvent published) {
        MetaData metaData = message.getMetaData();
        String aggregateType = null;
        String aggregateId = message.getIdentifier();
        long sequence = 0;
        if (message instanceof DomainEventMessage<?> domainEvent) {
            aggregateType = domainEvent.getType();
            aggregateId = domainEvent.getAggregateIdentifier();
            sequence = domainEvent.getSequenceNumber();
        }
        return new EventEnvelope(
                message.getIdentifier(),
                published.type(),
                published.version(),
                message.getTimestamp(),
                aggregateType,
                aggregateId,
                sequence,
                source,
                firstPresent(metaData, CallerCorrelationDataProvider.REQUEST_ID, "traceId"),
                firstPresent(metaData, "correlationId"),
                objectMapper.valueToTree(published.data()));
    }

    private static String firstPresent(MetaData metaData, String... keys) {
        for (String key : keys) {
            Object value = metaData.get(key);
            if (value != null) {
                return value.toString();
            }
        }
        return null;
    }
}
