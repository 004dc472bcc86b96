package com.salesplatform.targets.risk.query;

import com.salesplatform.targets.risk.api.RiskAssessedEvent;
import com.salesplatform.targets.risk.api.RiskClosedEvent;
import com.salesplatform.targets.risk.api.RiskIdentifiedEvent;
import com.salesplatform.targets.risk.api.RiskMitigationPlannedEvent;
import com.salesplatform.targets.risk.api.RiskOccurredEvent;
import com.salesplatform.targets.risk.api.RiskStatus;
import com.salesplatform.targets.target.api.TargetAdjustedEvent;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code risk_summary} read model, with the target adjustments that named a risk. Subscribing, like the target
 * summary: written in the command's transaction.
 */
@Component
@ProcessingGroup("risk-register")
class RiskRegisterProjection {

    static final String TARGET_LINK = "TARGET";
    static final String CUSTOMER_LINK = "CUSTOMER";

    private final JdbcTemplate jdbc;

    RiskRegisterProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RiskIdentifiedEvent event, @Timestamp Instant occurredAt) {
        jdbc.update("""
                        INSERT INTO risk_summary (risk_id, category, description, owner_rep_id, status, identified_at,
                            updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (risk_id) DO NOTHING""",
                event.riskId(), event.category().name(), event.description(), event.ownerRepId(),
                RiskStatus.IDENTIFIED.name(), sqlTime(occurredAt), sqlTime(occurredAt));
        link(event.riskId(), TARGET_LINK, event.targetIds());
        link(event.riskId(), CUSTOMER_LINK, event.customerIds());
    }

    @EventHandler
    void on(RiskAssessedEvent event, @Timestamp Instant occurredAt) {
        jdbc.update("""
                        UPDATE risk_summary SET likelihood = ?, impact = ?, score = ?, updated_at = ?,
                            status = CASE status WHEN 'IDENTIFIED' THEN 'ASSESSED' ELSE status END
                        WHERE risk_id = ?""",
                event.likelihood(), event.impact(), event.score(), sqlTime(occurredAt), event.riskId());
    }

    @EventHandler
    void on(RiskMitigationPlannedEvent event, @Timestamp Instant occurredAt) {
        jdbc.update("""
                        UPDATE risk_summary SET mitigation_plan = ?, contingency_plan = ?, status = ?, updated_at = ?
                        WHERE risk_id = ?""",
                event.mitigationPlan(), event.contingencyPlan(), RiskStatus.MITIGATING.name(),
                sqlTime(occurredAt), event.riskId());
    }

    @EventHandler
    void on(RiskOccurredEvent event, @Timestamp Instant occurredAt) {
        jdbc.update("UPDATE risk_summary SET occurrence = ?, status = ?, updated_at = ? WHERE risk_id = ?",
                event.description(), RiskStatus.OCCURRED.name(), sqlTime(occurredAt), event.riskId());
    }

    @EventHandler
    void on(RiskClosedEvent event, @Timestamp Instant occurredAt) {
        jdbc.update("UPDATE risk_summary SET resolution = ?, status = ?, updated_at = ? WHERE risk_id = ?",
                event.resolution(), RiskStatus.CLOSED.name(), sqlTime(occurredAt), event.riskId());
    }

    @EventHandler
    void on(TargetAdjustedEvent event, @MessageIdentifier String eventId,
            @Timestamp Instant occurredAt) {
        if (event.riskId() == null) {
            return;
        }
        jdbc.update("""
                        INSERT INTO risk_target_adjustment (event_id, risk_id, target_id, previous_amount, amount,
                            reason, adjusted_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                eventId, event.riskId(), event.targetId(), event.previousAmount(), event.amount(), event.reason(),
                sqlTime(occurredAt));
    }

    private void link(String riskId, String kind, List<String> ids) {
        for (String id : ids) {
            jdbc.update("INSERT INTO risk_link (risk_id, kind, linked_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    riskId, kind, id);
        }
    }

    private static java.sql.Timestamp sqlTime(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }
}
