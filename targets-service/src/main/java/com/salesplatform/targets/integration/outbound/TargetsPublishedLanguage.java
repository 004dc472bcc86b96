package com.salesplatform.targets.integration.outbound;

import com.salesplatform.platform.publishing.PublishedEventCatalog;
import com.salesplatform.targets.risk.api.RiskAssessedEvent;
import com.salesplatform.targets.risk.api.RiskClosedEvent;
import com.salesplatform.targets.risk.api.RiskIdentifiedEvent;
import com.salesplatform.targets.risk.api.RiskMitigationPlannedEvent;
import com.salesplatform.targets.risk.api.RiskOccurredEvent;
import com.salesplatform.targets.target.api.TargetActivatedEvent;
import com.salesplatform.targets.target.api.TargetAdjustedEvent;
import com.salesplatform.targets.target.api.TargetAllocatedEvent;
import com.salesplatform.targets.target.api.TargetClosedEvent;
import com.salesplatform.targets.target.api.TargetDecomposedEvent;
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
                .publish(TargetDecomposedEvent.class, "TargetDecomposed", 1)
                .publish(TargetAllocatedEvent.class, "TargetAllocated", 1)
                .publish(TargetAdjustedEvent.class, "TargetAdjusted", 1)
                .publish(TargetActivatedEvent.class, "TargetActivated", 1)
                .publish(TargetClosedEvent.class, "TargetClosed", 1)
                .publish(RiskIdentifiedEvent.class, "RiskIdentified", 1)
                .publish(RiskAssessedEvent.class, "RiskAssessed", 1)
                .publish(RiskMitigationPlannedEvent.class, "RiskMitigationPlanned", 1)
                .publish(RiskOccurredEvent.class, "RiskOccurred", 1)
                .publish(RiskClosedEvent.class, "RiskClosed", 1)
                .build();
    }
}
