package com.salesplatform.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * {@code sales.axon.processor.lag{processor}}: how many events of the store a streaming processor (projection or
 * Kafka publisher) has still to handle — the head of the event store minus the slowest segment's position.
 */
public class ProcessorLagMetrics implements MeterBinder {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    public ProcessorLagMetrics(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("sales.axon.processor.lag", streaming, this::lag)
                        .description("Events in the store not yet handled by the processor")
                        .tag("processor", name)
                        .register(registry);
            }
        });
    }

    private double lag(StreamingEventProcessor processor) {
        var statuses = processor.processingStatus().values();
        if (statuses.isEmpty()) {
            return Double.NaN;
        }
        long head = position(eventStore.createHeadToken()).orElse(-1);
        long slowest = statuses.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(position -> position.orElse(-1))
                .min()
                .orElse(-1);
        return Math.max(0, head - slowest);
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
