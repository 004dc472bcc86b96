package com.salesplatform.platform.publishing;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * The event store is the source of truth and Kafka a copy of it: when the service's topic holds nothing while its
 * store holds events — a new or wiped broker, e.g. a fresh local run against existing databases — the publisher
 * starts again from the first event. Consumers deduplicate by event id, so events they already took change nothing.
 */
class RepublishToEmptyTopic implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(RepublishToEmptyTopic.class);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(5);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Map<String, Object> adminConfiguration;
    private final String topic;

    RepublishToEmptyTopic(EventProcessingConfiguration processing, EventStore eventStore,
                          Map<String, Object> adminConfiguration, String topic) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.adminConfiguration = Map.copyOf(adminConfiguration);
        this.topic = topic;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!storeHasEvents() || !topicIsEmpty()) {
            return;
        }
        processing.eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
                .filter(StreamingEventProcessor::supportsReset)
                .ifPresent(publisher -> {
                    log.warn("Topic {} is empty but the event store is not (a new broker?): publishing every stored "
                            + "event again; consumers skip what they already took", topic);
                    publisher.shutDown();
                    publisher.resetTokens();
                    publisher.start();
                });
    }

    private boolean storeHasEvents() {
        TrackingToken head = eventStore.createHeadToken();
        return head != null && head.position().orElse(-1) >= 0;
    }

    private boolean topicIsEmpty() {
        try (Admin admin = Admin.create(adminConfiguration)) {
            var description = admin.describeTopics(Set.of(topic)).allTopicNames()
                    .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
            var latest = admin.listOffsets(description.partitions().stream()
                            .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()),
                                    p -> OffsetSpec.latest())))
                    .all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return latest.values().stream().allMatch(offsets -> offsets.offset() == 0);
        } catch (ExecutionException e) {
            return e.getCause() instanceof UnknownTopicOrPartitionException;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (TimeoutException | RuntimeException e) {
            log.info("Could not look at topic {} ({}); publishing goes on from where it was", topic, e.toString());
            return false;
        }
    }
}
