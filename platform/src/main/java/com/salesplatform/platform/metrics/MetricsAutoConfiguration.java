package com.salesplatform.platform.metrics;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

@AutoConfiguration(after = AxonAutoConfiguration.class)
@ConditionalOnClass({EventStore.class, EventProcessingConfiguration.class})
@ConditionalOnBean(EventStore.class)
public class MetricsAutoConfiguration {

    @Bean
    public ProcessorLagMetrics processorLagMetrics(EventProcessingConfiguration processing, EventStore eventStore) {
        return new ProcessorLagMetrics(processing, eventStore);
    }
}
