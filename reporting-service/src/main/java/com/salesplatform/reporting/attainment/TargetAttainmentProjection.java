package com.salesplatform.reporting.attainment;

import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
import com.salesplatform.platform.publishing.EventEnvelope;
import com.salesplatform.reporting.integration.inbound.TargetSetV1;
import java.sql.Timestamp;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Projects every target from {@code sales.targets.events} into {@code target_attainment}, actual starting at 0. */
@Configuration(proxyBeanMethods = false)
class TargetAttainmentProjection {

    private final JdbcTemplate jdbc;

    TargetAttainmentProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    InboundSubscription targetAttainment() {
        return InboundSubscription.named("target-attainment")
                .topic(PlatformProperties.topicOf("targets"))
                .on("TargetSet", 1, TargetSetV1.class, this::targetSet)
                .build();
    }

    private void targetSet(TargetSetV1 target, EventEnvelope envelope) {
        jdbc.update("""
                        INSERT INTO target_attainment (target_id, scope, owner_id, period, metric, target_amount,
                            currency, status, time_bound, set_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)""",
                target.targetId(), target.scope(), target.ownerId(), target.period(), target.metric(),
                target.amount(), target.currency(), Timestamp.from(target.timeBound()),
                Timestamp.from(envelope.occurredAt()));
    }
}
