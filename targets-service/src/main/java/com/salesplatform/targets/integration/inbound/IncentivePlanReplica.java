package com.salesplatform.targets.integration.inbound;

import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
import com.salesplatform.targets.lookup.IncentivePlans;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the copy {@link IncentivePlans} reads from {@code sales.performance.events}; the inbox counts a repeated
 * event once, and a plan defined again replaces its name and period.
 */
@Configuration(proxyBeanMethods = false)
class IncentivePlanReplica {

    @Bean
    InboundSubscription incentivePlanSubscription(JdbcTemplate jdbc) {
        return InboundSubscription.named("incentive-plan-replica")
                .topic(PlatformProperties.topicOf("performance"))
                .on("IncentivePlanDefined", 1, IncentivePlanDefinedV1.class, (plan, envelope) -> jdbc.update("""
                        INSERT INTO incentive_plan (plan_id, name, period) VALUES (?, ?, ?)
                        ON CONFLICT (plan_id) DO UPDATE SET name = EXCLUDED.name, period = EXCLUDED.period""",
                        plan.planId(), plan.name(), plan.period()))
                .build();
    }
}
