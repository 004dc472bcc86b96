package com.salesplatform.targets.incentive;

import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
import com.salesplatform.targets.integration.inbound.IncentivePlanDefinedV1;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps {@link IncentivePlans} from {@code sales.performance.events}; the inbox counts a repeated event once. */
@Configuration(proxyBeanMethods = false)
class IncentivePlanSubscription {

    @Bean
    InboundSubscription incentivePlanReplica(IncentivePlans plans) {
        return InboundSubscription.named("incentive-plan-replica")
                .topic(PlatformProperties.topicOf("performance"))
                .on("IncentivePlanDefined", 1, IncentivePlanDefinedV1.class,
                        (plan, envelope) -> plans.recordPlan(plan.planId(), plan.name(), plan.period()))
                .build();
    }
}
