package com.salesplatform.performance.integration.outbound;

import com.salesplatform.performance.rep.api.RepHiredEvent;
import com.salesplatform.performance.team.api.TeamCreatedEvent;
import com.salesplatform.platform.publishing.PublishedEventCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The events this service publishes on {@code sales.performance.events}, by contract name and version. */
@Configuration(proxyBeanMethods = false)
public class PerformancePublishedLanguage {

    @Bean
    PublishedEventCatalog publishedEvents() {
        return PublishedEventCatalog.builder()
                .publish(TeamCreatedEvent.class, "TeamCreated", 1)
                .publish(RepHiredEvent.class, "RepHired", 1)
                .build();
    }
}
