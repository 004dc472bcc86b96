package com.salesplatform.reporting.attainment;

import static com.salesplatform.reporting.facts.Timestamps.at;

import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
import com.salesplatform.platform.publishing.EventEnvelope;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.reporting.integration.inbound.TargetEvents.TargetAdjustedV1;
import com.salesplatform.reporting.integration.inbound.TargetEvents.TargetStatusChangedV1;
import com.salesplatform.reporting.integration.inbound.TargetSetV1;
import java.math.BigDecimal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every target of {@code sales.targets.events} with the history of its amount; actuals are computed from the
 * order, customer and activity facts when the report is asked for.
 */
@Configuration(proxyBeanMethods = false)
class TargetAttainmentProjection {

    private final JdbcTemplate jdbc;
    private final BusinessCalendar calendar;

    TargetAttainmentProjection(JdbcTemplate jdbc, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @Bean
    InboundSubscription targetAttainment() {
        return InboundSubscription.named("target-attainment")
                .topic(PlatformProperties.topicOf("targets"))
                .on("TargetSet", 1, TargetSetV1.class, this::targetSet)
                .on("TargetAdjusted", 1, TargetAdjustedV1.class, this::targetAdjusted)
                .on("TargetActivated", 1, TargetStatusChangedV1.class, (e, env) -> jdbc.update(
                        "UPDATE target_attainment SET status = 'ACTIVE', activated_at = ? WHERE target_id = ?",
                        at(env.occurredAt()), e.targetId()))
                .on("TargetClosed", 1, TargetStatusChangedV1.class, (e, env) -> jdbc.update(
                        "UPDATE target_attainment SET status = 'CLOSED', closed_at = ? WHERE target_id = ?",
                        at(env.occurredAt()), e.targetId()))
                .build();
    }

    private void targetSet(TargetSetV1 target, EventEnvelope envelope) {
        jdbc.update("""
                        INSERT INTO target_attainment (target_id, scope, owner_id, period, metric, target_amount,
                            currency, status, time_bound, set_at, parent_target_id, period_start)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)""",
                target.targetId(), target.scope(), target.ownerId(), target.period(), target.metric(),
                target.amount(), target.currency(), at(target.timeBound()), at(envelope.occurredAt()),
                target.parentTargetId(), at(calendar.startOf(CalendarPeriod.parse(target.period()))));
        recordAmount(target.targetId(), target.amount(), null, envelope);
    }

    private void targetAdjusted(TargetAdjustedV1 adjustment, EventEnvelope envelope) {
        jdbc.update("UPDATE target_attainment SET target_amount = ? WHERE target_id = ?", adjustment.amount(),
                adjustment.targetId());
        recordAmount(adjustment.targetId(), adjustment.amount(), adjustment.reason(), envelope);
    }

    private void recordAmount(String targetId, BigDecimal amount, String reason, EventEnvelope envelope) {
        jdbc.update("""
                        INSERT INTO target_amount_history (target_id, effective_at, amount, reason) VALUES (?, ?, ?, ?)
                        ON CONFLICT (target_id, effective_at) DO UPDATE SET amount = EXCLUDED.amount""",
                targetId, at(envelope.occurredAt()), amount, reason);
    }
}
