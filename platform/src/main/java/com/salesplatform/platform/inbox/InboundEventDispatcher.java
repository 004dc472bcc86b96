package com.salesplatform.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import com.salesplatform.platform.publishing.EventEnvelope;
import com.salesplatform.platform.web.RequestIdFilter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.listener.MessageListener;

/** Turns one Kafka record into at most one effect of a subscription, through the inbox. */
class InboundEventDispatcher implements MessageListener<String, String> {

    private static final Logger log = LoggerFactory.getLogger(InboundEventDispatcher.class);

    private final InboundSubscription subscription;
    private final String consumer;
    private final Inbox inbox;
    private final ObjectReader tolerantReader;
    private final RecordScope scope;

    InboundEventDispatcher(InboundSubscription subscription, String consumer, Inbox inbox, ObjectMapper objectMapper,
                           RecordScope scope) {
        this.subscription = subscription;
        this.consumer = consumer;
        this.inbox = inbox;
        this.scope = scope;
        // Tolerant reader: a producer may add fields in a compatible change without breaking its consumers.
        this.tolerantReader = objectMapper.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public void onMessage(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = parse(record);
        subscription.handlerFor(envelope.type(), envelope.version()).ifPresent(handler -> {
            MDC.put(RequestIdFilter.MDC_KEY, envelope.correlationId());
            try {
                scope.run(() -> receive(record, envelope, handler));
            } finally {
                MDC.remove(RequestIdFilter.MDC_KEY);
            }
        });
    }

    private void receive(ConsumerRecord<String, String> record, EventEnvelope envelope,
                         InboundSubscription.Handler<?> handler) {
        boolean applied = inbox.receiveOnce(consumer,
                new Inbox.DeliveredEvent(envelope.eventId(), envelope.type(), record.topic(), record.partition(),
                        record.offset()),
                () -> apply(handler, envelope));
        if (!applied) {
            log.debug("Skipped duplicate {} {} for {}", envelope.type(), envelope.eventId(), consumer);
        }
    }

    private <T> void apply(InboundSubscription.Handler<T> handler, EventEnvelope envelope) {
        T data;
        try {
            data = tolerantReader.treeToValue(envelope.data(), handler.dataType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("Payload of " + envelope.type() + " v" + envelope.version()
                    + " " + envelope.eventId() + " does not match " + handler.dataType().getSimpleName(), e);
        }
        handler.handler().handle(data, envelope);
    }

    private EventEnvelope parse(ConsumerRecord<String, String> record) {
        try {
            EventEnvelope envelope = tolerantReader.readValue(record.value(), EventEnvelope.class);
            if (envelope.eventId() == null || envelope.type() == null || envelope.data() == null) {
                throw new MalformedEventException("Envelope without eventId, type or data at " + position(record), null);
            }
            return envelope;
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedEventException("Not an event envelope at " + position(record), e);
        }
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
