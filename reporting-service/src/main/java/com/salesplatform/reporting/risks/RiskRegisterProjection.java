package com.salesplatform.reporting.risks;

import static com.salesplatform.reporting.facts.Timestamps.at;

import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
import com.salesplatform.reporting.integration.inbound.TargetEvents.RiskAssessedV1;
import com.salesplatform.reporting.integration.inbound.TargetEvents.RiskIdentifiedV1;
import com.salesplatform.reporting.integration.inbound.TargetEvents.RiskStatusChangedV1;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The sales risks of targets-service, for the risk alerts (score ≥ 15 while not closed). */
@Configuration(proxyBeanMethods = false)
class RiskRegisterProjection {

    private final JdbcTemplate jdbc;

    RiskRegisterProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    InboundSubscription riskRegister() {
        return InboundSubscription.named("risk-register")
                .topic(PlatformProperties.topicOf("targets"))
                .on("RiskIdentified", 1, RiskIdentifiedV1.class, (e, env) -> jdbc.update("""
                                INSERT INTO risk_fact (risk_id, category, description, owner_rep_id, status, updated_at)
                                VALUES (?, ?, ?, ?, 'IDENTIFIED', ?)""",
                        e.riskId(), e.category(), e.description(), e.ownerRepId(), at(env.occurredAt())))
                .on("RiskAssessed", 1, RiskAssessedV1.class, (e, env) -> jdbc.update(
                        "UPDATE risk_fact SET score = ?, status = 'ASSESSED', updated_at = ? WHERE risk_id = ?",
                        e.score(), at(env.occurredAt()), e.riskId()))
                .on("RiskMitigationPlanned", 1, RiskStatusChangedV1.class, (e, env) -> status(e, "MITIGATING", env))
                .on("RiskOccurred", 1, RiskStatusChangedV1.class, (e, env) -> status(e, "OCCURRED", env))
                .on("RiskClosed", 1, RiskStatusChangedV1.class, (e, env) -> status(e, "CLOSED", env))
                .build();
    }

    private void status(RiskStatusChangedV1 event, String status,
                        com.salesplatform.platform.publishing.EventEnvelope envelope) {
        jdbc.update("UPDATE risk_fact SET status = ?, updated_at = ? WHERE risk_id = ?", status,
                at(envelope.occurredAt()), event.riskId());
    }
}
