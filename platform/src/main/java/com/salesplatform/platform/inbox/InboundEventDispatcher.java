package com.salesplatform.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.List;
import com.salesplatform.platform.publishing.EventEnvelope;
import com.salesplatform.platform.web.RequestIdFilter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;

/**
 * Turns each Kafka record of a poll into at most one effect of a subscription, through the inbox. The records of a
 * poll are applied in one transaction, in their order; if one of them fails, that transaction is rolled back and
 * they are applied one by one, each in its own, up to the failing one, which the error handler then retries and
 * finally sends to the dead-letter topic. A transaction per poll instead of per record is what makes a replay fast.
 */
class InboundEventDispatcher implements BatchMessageListener<String, String> {

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
    public void onMessage(List<ConsumerRecord<String, String>> records) {
        scope.run(() -> {
            if (records.size() > 1 && appliedTogether(records)) {
                return;
            }
            for (int index = 0; index < records.size(); index++) {
                try {
                    receive(records.get(index));
                } catch (RuntimeException e) {
                    throw new BatchListenerFailedException("Could not apply " + position(records.get(index)), e,
                            index);
                }
            }
        });
    }

    private boolean appliedTogether(List<ConsumerRecord<String, String>> records) {
        try {
            inbox.inOneTransaction(records, this::receive);
            return true;
        } catch (RuntimeException e) {
            log.debug("A record of a poll of {} failed; applying them one by one", consumer, e);
            return false;
        }
    }

    private void receive(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = parse(record);
        subscription.handlerFor(envelope.type(), envelope.version()).ifPresent(handler -> {
            MDC.put(RequestIdFilter.MDC_KEY, envelope.correlationId());
            try {
                receive(record, envelope, handler);
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
