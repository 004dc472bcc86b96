package com.salesplatform.platform.history;

import com.salesplatform.platform.publishing.PublishedEventCatalog;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** The event-store reader and the one history every event-sourced service answers with. */
@AutoConfiguration(after = AxonAutoConfiguration.class)
@ConditionalOnClass(EventStore.class)
public class HistoryAutoConfiguration {

    @Bean
    public AggregateEvents aggregateEvents(EventStore eventStore) {
        return new AggregateEvents(eventStore);
    }

    @Bean
    public EventHistory eventHistory(AggregateEvents aggregateEvents, Optional<PublishedEventCatalog> catalog) {
        return new EventHistory(aggregateEvents, catalog);
    }
}
