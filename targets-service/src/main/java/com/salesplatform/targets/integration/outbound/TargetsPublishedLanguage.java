package com.salesplatform.targets.integration.outbound;

import com.salesplatform.platform.publishing.PublishedEventCatalog;
import com.salesplatform.targets.target.api.TargetSetEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The events this service publishes on {@code sales.targets.events}, by contract name and version. */
@Configuration(proxyBeanMethods = false)
public class TargetsPublishedLanguage {

    @Bean
    PublishedEventCatalog publishedEvents() {
        return PublishedEventCatalog.builder()
                .publish(TargetSetEvent.class, "TargetSet", 1)
                .build();
    }
}
