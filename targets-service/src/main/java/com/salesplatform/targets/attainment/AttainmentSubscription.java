package com.salesplatform.targets.attainment;

import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
import com.salesplatform.targets.integration.inbound.AttainmentMeasuredV1;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps {@link MeasuredAttainments} from {@code sales.reports.events}, ordered by the target's stream sequence. */
@Configuration(proxyBeanMethods = false)
class AttainmentSubscription {

    @Bean
    InboundSubscription attainmentReplica(MeasuredAttainments attainments) {
        return InboundSubscription.named("attainment-replica")
                .topic(PlatformProperties.topicOf("reports"))
                .on("AttainmentMeasured", 1, AttainmentMeasuredV1.class,
                        (measured, envelope) -> attainments.record(measured, envelope.sequence()))
                .build();
    }
}
