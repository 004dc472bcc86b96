package com.salesplatform.platform.readmodel;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;

/** The active generation and the progress of a rebuild, for dashboards and alerts. */
public class ReadModelMetrics {

    ReadModelMetrics(ReadModelGenerations generations, ObjectProvider<MeterRegistry> registry) {
        registry.ifAvailable(meters -> register(generations, meters));
    }

    private static void register(ReadModelGenerations generations, MeterRegistry registry) {
        Gauge.builder("sales.read.model.generation.active",
                        generations, g -> g.active().map(ReadModelGeneration::number).orElse(0))
                .description("The read-model generation answering queries").register(registry);
        Gauge.builder("sales.read.model.rebuild.progress", generations, ReadModelGenerations::rebuildProgress)
                .description("Share of the topics the building generation has replayed; 1 when no rebuild runs")
                .register(registry);
    }
}
